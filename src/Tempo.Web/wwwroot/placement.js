// The editor's board as a FEN's first field and back. Whether the position is legal is the server's call
// (GET /api/chess/position): this only turns squares into letters.

const FILES = "abcdefgh";

/** "e4" for file 4, rank 3 (0-based). */
export const squareName = (file, rank) => FILES[file] + (rank + 1);

/** A Map from square name to FEN letter, read from a placement such as "8/8/8/8/8/8/8/K1k5"; null if it is not one. */
export function readPlacement(text) {
  const rows = text.split("/");
  if (rows.length !== 8) return null;
  const pieces = new Map();
  for (let r = 0; r < 8; r++) {
    let file = 0;
    for (const c of rows[r]) {
      if (c >= "1" && c <= "8") file += Number(c);
      else if ("kqrbnpKQRBNP".includes(c) && file < 8) pieces.set(squareName(file++, 7 - r), c);
      else return null;
    }
    if (file !== 8) return null;
  }
  return pieces;
}

/** The placement field for a Map from square name to FEN letter. */
export function writePlacement(pieces) {
  const rows = [];
  for (let rank = 7; rank >= 0; rank--) {
    let row = "", empty = 0;
    for (let file = 0; file < 8; file++) {
      const letter = pieces.get(squareName(file, rank));
      if (letter) {
        row += (empty || "") + letter;
        empty = 0;
      } else empty++;
    }
    rows.push(row + (empty || ""));
  }
  return rows.join("/");
}
