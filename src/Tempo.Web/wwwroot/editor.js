// The position editor: board + palettes + side to move + castling + a FEN box that follows the board both ways.
// The server judges every FEN (GET /api/chess/position) and its one-line message is shown under the box.
import { BoardView } from "./board.js";
import { pieceElement, pieceName } from "./pieces.js";
import { readPlacement, writePlacement } from "./placement.js";
import { requestJson } from "./api.js";

export const START_FEN = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
const CASTLING = [["K", "e1", "h1", "K", "R"], ["Q", "e1", "a1", "K", "R"], ["k", "e8", "h8", "k", "r"], ["q", "e8", "a8", "k", "r"]];

export class PositionEditor {
  constructor({ onChange }) {
    this.onChange = onChange;
    this.side = "w";
    this.valid = false;
    this.check = 0;
    this.board = new BoardView(document.getElementById("board"), { editable: true, onEdit: () => this.#fromBoard() });
    this.fenBox = document.getElementById("fen");
    this.message = document.getElementById("fen-message");
    for (const [id, letters] of [["palette-black", "kqrbnp"], ["palette-white", "KQRBNP"]]) {
      const palette = document.getElementById(id);
      for (const letter of letters) {
        const item = document.createElement("div");
        item.dataset.brush = letter;
        item.title = `${pieceName(letter)}: drag onto the board, or click and then click squares`;
        item.append(pieceElement(letter));
        palette.append(item);
      }
      const eraser = Object.assign(document.createElement("div"), { className: "eraser", textContent: "✕", title: "eraser: click squares to empty them (or drag pieces off the board)" });
      eraser.dataset.brush = "erase";
      palette.append(eraser);
      this.board.attachPalette(palette);
    }
    this.fenBox.addEventListener("input", () => this.#fromFenBox());
    document.getElementById("white-to-move").addEventListener("click", () => this.#setSide("w"));
    document.getElementById("black-to-move").addEventListener("click", () => this.#setSide("b"));
    for (const [flag] of CASTLING) document.getElementById(`castle-${flag}`).addEventListener("change", () => this.#fromBoard());
  }

  /** The FEN the editor shows. */
  get fen() {
    return this.fenBox.value.trim();
  }

  /** Puts a FEN on the board and in the box. */
  setFen(fen) {
    this.fenBox.value = fen;
    this.#fromFenBox();
  }

  #setSide(side) {
    this.side = side;
    document.getElementById("white-to-move").setAttribute("aria-pressed", String(side === "w"));
    document.getElementById("black-to-move").setAttribute("aria-pressed", String(side === "b"));
    this.#fromBoard();
  }

  /** The board changed: write the FEN (castling rights only where king and rook still stand at home). */
  #fromBoard() {
    const pieces = this.board.pieces;
    let castling = "";
    for (const [flag, kingSquare, rookSquare, king, rook] of CASTLING) {
      const box = document.getElementById(`castle-${flag}`);
      const possible = pieces.get(kingSquare) === king && pieces.get(rookSquare) === rook;
      box.disabled = !possible;
      if (!possible) box.checked = false;
      if (box.checked) castling += flag;
    }
    this.fenBox.value = `${writePlacement(pieces)} ${this.side} ${castling || "-"} - 0 1`;
    this.#validate();
  }

  /** The FEN box changed: put what it says on the board (as far as it can be read) and let the server judge it. */
  #fromFenBox() {
    const fields = this.fen.split(/\s+/);
    const pieces = readPlacement(fields[0] ?? "");
    if (pieces) this.board.pieces = pieces;
    if (fields[1] === "w" || fields[1] === "b") {
      this.side = fields[1];
      document.getElementById("white-to-move").setAttribute("aria-pressed", String(this.side === "w"));
      document.getElementById("black-to-move").setAttribute("aria-pressed", String(this.side === "b"));
    }
    const rights = fields[2] ?? "-";
    for (const [flag] of CASTLING) document.getElementById(`castle-${flag}`).checked = rights.includes(flag);
    this.#validate();
  }

  async #validate() {
    const asked = ++this.check;
    const fen = this.fen;
    try {
      const position = await requestJson(`/api/chess/check?fen=${encodeURIComponent(fen)}`);
      if (asked !== this.check) return;
      if (!position.valid) throw new Error(position.message);
      this.valid = true;
      this.fenBox.classList.remove("invalid");
      const state = position.checkmate ? "checkmate" : position.stalemate ? "stalemate" : `${position.moves.length} legal moves${position.inCheck ? ", in check" : ""}`;
      this.message.textContent = `${position.sideToMove === "white" ? "White" : "Black"} to move · ${state}`;
      this.message.className = "message ok";
    } catch (error) {
      if (asked !== this.check) return;
      this.valid = false;
      this.fenBox.classList.add("invalid");
      this.message.textContent = error.message;
      this.message.className = "message error";
    }
    this.onChange(this.valid);
  }
}
