// The chess page: edit a position, prove it, read the solution and play its lines on the board.
import { PositionEditor, START_FEN } from "./editor.js";
import { Prover } from "./prover.js";
import { describe, renderTable, renderTree } from "./solution.js";
import { requestJson, requestText, download } from "./api.js";
import { readPlacement } from "./placement.js";
import { walkTreeWithKeys } from "./treekeys.js";

let solved = null; // { result, pgn, fen }

const editor = new PositionEditor({ onChange: (valid) => (prover.enabled = valid) });
const prover = new Prover({ getFen: () => editor.fen, onResult: (result, pgn) => show(result, pgn) });

document.getElementById("start").addEventListener("click", () => setup(START_FEN));
document.getElementById("empty").addEventListener("click", () => setup("8/8/8/8/8/8/8/8 w - - 0 1"));
document.getElementById("puzzle").addEventListener("click", async () => setup((await requestJson("/api/demo/puzzle")).fen));
document.getElementById("back-to-setup").addEventListener("click", () => leaveReplay());
document.getElementById("expand").addEventListener("click", () => document.querySelectorAll("#tree details").forEach((d) => (d.open = true)));
document.getElementById("collapse").addEventListener("click", () => document.querySelectorAll("#tree details").forEach((d) => (d.open = false)));
document.getElementById("export-pgn").addEventListener("click", () => download("tempo-proof.pgn", solved.pgn, "application/x-chess-pgn"));
document.getElementById("export-json").addEventListener("click", () => download("tempo-proof.json", JSON.stringify(solved.result, null, 2), "application/json"));
document.getElementById("export-svg").addEventListener("click", async () =>
  download("tempo-board.svg", await requestText(`/api/chess/diagram.svg?fen=${encodeURIComponent(solved.fen)}`), "image/svg+xml"));

function setup(fen) {
  leaveReplay();
  editor.setFen(fen);
}

function show(result, pgn) {
  solved = { result, pgn, fen: result.fen };
  const whiteFirst = result.sideToMove === "white";
  const { summary, notes, verdict } = describe(result);
  document.getElementById("result-card").classList.remove("hidden");
  document.getElementById("tree-card").classList.toggle("hidden", !result.tree);
  document.getElementById("summary").textContent = summary;
  document.getElementById("verdict").replaceChildren(Object.assign(document.createElement("span"), { className: `pill ${verdict[0]}`, textContent: verdict[1] }));
  document.getElementById("notes").replaceChildren(...notes);
  renderTable(document.querySelector("#steps tbody"), result.line, whiteFirst, (moves) => play(moves));
  renderTree(document.getElementById("tree"), result, whiteFirst, (moves) => play(moves));
}

/** Plays SAN moves from the solved position on the board, with an arrow for the last one. */
async function play(moves) {
  const { steps } = await requestJson("/api/chess/line", { method: "POST", body: { fen: solved.fen, moves: moves.join(" ") } });
  const last = steps.at(-1);
  editor.board.pieces = readPlacement(last.fen.split(" ")[0]);
  editor.board.showArrows([{ from: last.from, to: last.to, kind: "move" }], last);
  document.getElementById("viewing").classList.remove("hidden");
  document.getElementById("viewing-text").textContent = `Showing ${moves.join(" ")}`;
  document.body.classList.add("replaying");
}

function leaveReplay() {
  if (!document.body.classList.contains("replaying")) return;
  document.body.classList.remove("replaying");
  document.getElementById("viewing").classList.add("hidden");
  editor.board.showArrows([]);
  editor.setFen(editor.fen);
}

walkTreeWithKeys(document.getElementById("tree"));

const fromAddress = new URLSearchParams(location.search).get("fen");
setup(fromAddress ?? START_FEN);
