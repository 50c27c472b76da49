// A chessboard in the page: squares, pieces, arrows, and (when editable) Lichess-style editing:
// drag a piece between squares, drag it off the board to remove it, drag one in from a palette,
// or pick a palette piece (or the eraser) and click squares.
import { pieceElement } from "./pieces.js";
import { squareName } from "./placement.js";

const SVG = "http://www.w3.org/2000/svg";

export class BoardView {
  /** @param {HTMLElement} root  @param {{editable?: boolean, onEdit?: () => void}} options */
  constructor(root, { editable = false, onEdit = () => {} } = {}) {
    this.root = root;
    this.editable = editable;
    this.onEdit = onEdit;
    this.map = new Map();
    this.brush = null; // a FEN letter, "erase", or null
    this.squares = new Map();
    root.classList.add("board");
    if (editable) root.classList.add("editable");
    for (let rank = 7; rank >= 0; rank--) {
      for (let file = 0; file < 8; file++) {
        const name = squareName(file, rank);
        const square = document.createElement("div");
        square.className = `square ${(file + rank) % 2 === 0 ? "dark" : "light"}`;
        square.dataset.square = name;
        if (rank === 0) square.append(Object.assign(document.createElement("span"), { className: "coord file", textContent: name[0] }));
        if (file === 0) square.append(Object.assign(document.createElement("span"), { className: "coord rank", textContent: name[1] }));
        root.append(square);
        this.squares.set(name, square);
      }
    }
    this.arrows = document.createElementNS(SVG, "svg");
    this.arrows.setAttribute("class", "arrows");
    this.arrows.setAttribute("viewBox", "0 0 800 800");
    this.arrows.innerHTML = '<defs><marker id="arrowhead" viewBox="0 0 10 10" refX="5" refY="5" markerWidth="3.2" markerHeight="3.2" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="context-stroke"/></marker></defs>';
    root.append(this.arrows);
    if (editable) root.addEventListener("pointerdown", (e) => this.#pressBoard(e));
  }

  /** The pieces as a Map from square name to FEN letter (a copy). */
  get pieces() {
    return new Map(this.map);
  }

  set pieces(map) {
    this.map = new Map(map);
    for (const [name, square] of this.squares) {
      square.querySelector(".piece")?.remove();
      const letter = this.map.get(name);
      if (letter) square.append(pieceElement(letter));
    }
  }

  /** Draws arrows [{from, to, kind}] ("move", "threat", "last") and marks the last move's squares. */
  showArrows(list, lastMove = null) {
    this.arrows.querySelectorAll("line").forEach((line) => line.remove());
    for (const square of this.squares.values()) square.classList.remove("last");
    if (lastMove) for (const name of [lastMove.from, lastMove.to]) this.squares.get(name)?.classList.add("last");
    for (const { from, to, kind } of list) {
      const [x1, y1] = centre(from), [x2, y2] = centre(to);
      const shorten = 28 / Math.hypot(x2 - x1, y2 - y1);
      const line = document.createElementNS(SVG, "line");
      line.setAttribute("class", `arrow ${kind ?? "move"}`);
      line.setAttribute("x1", x1);
      line.setAttribute("y1", y1);
      line.setAttribute("x2", x2 - (x2 - x1) * shorten);
      line.setAttribute("y2", y2 - (y2 - y1) * shorten);
      line.setAttribute("marker-end", "url(#arrowhead)");
      line.dataset.from = from;
      line.dataset.to = to;
      this.arrows.append(line);
    }
  }

  /** Makes the pieces in `palette` draggable onto the board and selectable as a brush; `tools` holds the eraser. */
  attachPalette(palette) {
    palette.addEventListener("pointerdown", (e) => {
      const item = e.target.closest("[data-brush]");
      if (!item) return;
      e.preventDefault();
      const brush = item.dataset.brush;
      if (brush === "erase") {
        this.#selectBrush(this.brush === "erase" ? null : "erase");
        return;
      }
      this.#drag(e, brush, null, () => this.#selectBrush(this.brush === brush ? null : brush));
    });
  }

  #selectBrush(brush) {
    this.brush = brush;
    document.querySelectorAll("[data-brush]").forEach((el) => el.classList.toggle("selected", el.dataset.brush === brush));
    this.root.classList.toggle("brushing", brush !== null);
  }

  #pressBoard(e) {
    const square = e.target.closest("[data-square]");
    if (!square || e.button !== 0) return;
    e.preventDefault();
    const name = square.dataset.square;
    if (this.brush) {
      this.#set(name, this.brush === "erase" || this.map.get(name) === this.brush ? null : this.brush);
      return;
    }
    const letter = this.map.get(name);
    if (letter) this.#drag(e, letter, name, () => {});
  }

  #set(name, letter) {
    if (letter) this.map.set(name, letter);
    else this.map.delete(name);
    this.pieces = this.map;
    this.onEdit();
  }

  /** Follows the pointer with a copy of the piece; drops it on a square, or (from the board) off it to remove it. */
  #drag(down, letter, from, onClick) {
    const size = this.root.getBoundingClientRect().width / 8;
    const ghost = pieceElement(letter);
    ghost.classList.add("ghost");
    ghost.style.width = ghost.style.height = `${size}px`;
    ghost.style.fontSize = `${size * 0.82}px`;
    const place = (x, y) => {
      ghost.style.left = `${x - size / 2}px`;
      ghost.style.top = `${y - size / 2}px`;
    };
    place(down.clientX, down.clientY);
    let moved = false;
    const source = from ? this.squares.get(from).querySelector(".piece") : null;
    const move = (e) => {
      if (!moved && Math.hypot(e.clientX - down.clientX, e.clientY - down.clientY) < 4) return;
      if (!moved) {
        moved = true;
        document.body.append(ghost);
        source?.classList.add("lifted");
      }
      place(e.clientX, e.clientY);
      for (const square of this.squares.values()) square.classList.remove("hover");
      this.#squareAt(e)?.classList.add("hover");
    };
    const up = (e) => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      ghost.remove();
      source?.classList.remove("lifted");
      for (const square of this.squares.values()) square.classList.remove("hover");
      if (!moved) {
        onClick();
        return;
      }
      const target = this.#squareAt(e)?.dataset.square ?? null;
      if (target === from) return;
      if (from) this.map.delete(from);
      if (target) this.map.set(target, letter);
      this.pieces = this.map;
      this.onEdit();
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  #squareAt(e) {
    const hit = document.elementsFromPoint(e.clientX, e.clientY).find((el) => el.dataset?.square && this.root.contains(el));
    return hit ?? null;
  }
}

function centre(name) {
  const file = name.charCodeAt(0) - 97, rank = Number(name[1]) - 1;
  return [file * 100 + 50, (7 - rank) * 100 + 50];
}
