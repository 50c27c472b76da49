// The landing page: the chapter end to end as `tempo demo` runs it, from the same API the other pages use.
import { requestJson } from "./api.js";
import { BoardView } from "./board.js";
import { readPlacement } from "./placement.js";
import { renderTable } from "./solution.js";
import { readTraces } from "./trace.js";
import { Timeline } from "./timeline.js";

async function chess() {
  const puzzle = await requestJson("/api/demo/puzzle");
  const board = new BoardView(document.getElementById("puzzle-board"));
  board.pieces = readPlacement(puzzle.fen.split(" ")[0]);
  document.getElementById("open-chess").href = `/chess.html?fen=${encodeURIComponent(puzzle.fen)}`;
  const result = await requestJson("/api/chess/solve", { method: "POST", body: { fen: puzzle.fen, max: 5, line: puzzle.line } });
  renderTable(document.querySelector("#table-1-1 tbody"), result.line, true, () => {});
  const verdict = document.getElementById("chess-verdict");
  verdict.textContent = `mate in ${result.mate}`;
  verdict.className = "pill good";
  document.getElementById("chess-summary").textContent =
    `Proven in ${result.ms} ms (${result.nodes.toLocaleString("en-US")} nodes): the only key is ${result.keys[0]}; the table follows the book's defences ${puzzle.line}.`;
}

async function soccer(mode) {
  const { result } = await requestJson(`/api/soccer/run?play=book&mode=${mode}`, { method: "POST" });
  const box = document.getElementById(`outcome-${mode}`);
  const o = result.outcome;
  box.classList.add(o.goal ? "goal" : "nogoal");
  box.querySelector(".verdict").textContent = o.goal ? `Goal: #${o.scorer} scores after ${o.seconds} s` : `No goal: ${o.reason}`;
  box.querySelector(".why").textContent = result.explanation ?? `All ${result.lines.length} lines that acted ran at the same time, waiting only for what each needed.`;
}

async function timelines() {
  const traces = readTraces(await requestJson("/api/demo/trace"));
  const container = document.getElementById("timelines");
  container.replaceChildren();
  for (const trace of traces) {
    const heading = Object.assign(document.createElement("h3"), { textContent: `${trace.name} · ${trace.lines.length} line${trace.lines.length === 1 ? "" : "s"}` });
    container.append(heading);
    new Timeline(container, trace, { unit: trace.name.startsWith("chess") ? "ms" : "s" }).draw();
  }
  container.setAttribute("aria-busy", "false");
}

// A solve and the trace each take one of the server's few job slots: one after the other, not at once.
await Promise.all([chess().then(timelines), soccer("concurrent"), soccer("sequential")]);
document.body.dataset.ready = "true";
