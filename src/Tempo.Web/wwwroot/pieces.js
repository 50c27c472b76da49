// Chess pieces as the glyphs of the Tempo Chess font (a subset of DejaVu Sans served by Tempo, see fonts.css):
// a white piece is the solid glyph filled white under the outline glyph, as the CLI's diagrams draw it.

const SOLID = { k: "\u265A", q: "\u265B", r: "\u265C", b: "\u265D", n: "\u265E", p: "\u265F" };
const OUTLINE = { k: "\u2654", q: "\u2655", r: "\u2656", b: "\u2657", n: "\u2658", p: "\u2659" };
const NAMES = { k: "king", q: "queen", r: "rook", b: "bishop", n: "knight", p: "pawn" };

/** True for a FEN letter of a white piece ("K", "Q", ...). */
export const isWhite = (letter) => letter === letter.toUpperCase();

/** "white knight" for "N". */
export const pieceName = (letter) => `${isWhite(letter) ? "white" : "black"} ${NAMES[letter.toLowerCase()]}`;

/** A piece element for a FEN letter; `data-piece` carries the letter. */
export function pieceElement(letter) {
  const kind = letter.toLowerCase();
  const piece = document.createElement("span");
  piece.className = `piece ${isWhite(letter) ? "white" : "black"}`;
  piece.dataset.piece = letter;
  piece.setAttribute("role", "img");
  piece.setAttribute("aria-label", pieceName(letter));
  const fill = document.createElement("span");
  fill.className = "fill";
  fill.textContent = SOLID[kind];
  piece.append(fill);
  if (isWhite(letter)) {
    const line = document.createElement("span");
    line.className = "line";
    line.textContent = OUTLINE[kind];
    piece.append(line);
  }
  return piece;
}
