// A proof as the chapter prints it: the Step | White | Black table of a line, the notes (threat, duals, tries,
// cooks), and the full solution tree, collapsible, every move a button that plays its line on the board.

const el = (tag, props = {}, ...children) => {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
};
const tag = (kind, text) => el("span", { className: `tag ${kind}`, textContent: text });

/** Fills the table with a line of SAN moves; `whiteFirst` says whether the line starts with White's move. */
export function renderTable(tbody, moves, whiteFirst, onMove) {
  tbody.replaceChildren();
  const cells = whiteFirst ? [...moves] : [null, ...moves];
  for (let i = 0; i < cells.length; i += 2) {
    const row = el("tr", {}, el("td", { textContent: String(i / 2 + 1) }));
    for (const k of [i, i + 1]) {
      const move = cells[k];
      const index = whiteFirst ? k : k - 1;
      const cell = el("td", { textContent: move ?? (k === 0 && !whiteFirst ? "…" : "") });
      if (move) {
        cell.className = "move";
        cell.addEventListener("click", () => onMove(moves.slice(0, index + 1)));
      }
      row.append(cell);
    }
    tbody.append(row);
  }
}

/** The one-line verdict and the notes of a result (the CLI's JSON). */
export function describe(result) {
  const notes = [];
  if (result.threat) notes.push(el("div", {}, tag("threat", "threat"), ` ${result.threat.join(" ")}`));
  if (result.cooks) notes.push(el("div", {}, tag("cook", "cooked"), ` ${result.keys.length} keys: ${result.keys.join(", ")}`));
  for (const dual of result.duals ?? []) notes.push(el("div", {}, tag("dual", "dual"), ` after ${dual.after.join(" ")}: ${dual.moves.join(" / ")}`));
  for (const attempt of result.tries ?? []) notes.push(el("div", {}, tag("try", "try"), ` ${attempt.move}? refuted by ${attempt.refutation}!`));
  let summary;
  if (result.status === "mate") summary = `Mate in ${result.mate}: key ${result.keys[0]}${result.keys.length > 1 ? ` (and ${result.keys.length - 1} more: cooked)` : " (unique)"}.`;
  else if (result.status === "none") summary = result.terminal ? `The position is already ${result.terminal}.` : `Proven: no mate in ${result.provenNoMateWithin} or fewer moves.`;
  else summary = `Stopped: no mate in ${result.provenNoMateWithin} or fewer is proven; mate in ${result.searchedDepth ?? result.provenNoMateWithin + 1} was being searched.`;
  const verdict = result.status === "mate" ? ["good", `mate in ${result.mate}`] : result.status === "none" ? ["warn", "no mate"] : ["bad", "unknown"];
  return { summary, notes, verdict };
}

/**
 * The solution tree: the key, each defence with the attacker's answer, threats after quiet moves, duals marked; then
 * the cooks (the other keys) and the tries with their refutations, every move playable.
 * `onMove(moves)` gets the SAN moves from the root to the clicked one.
 */
export function renderTree(container, result, whiteFirst, onMove) {
  container.replaceChildren();
  if (!result.tree) {
    container.append(el("p", { className: "hint", textContent: result.status === "mate" ? "The tree was not built (cut short)." : "No tree: no mate was proven." }));
    return;
  }
  const number = (ply) => {
    const moveNumber = Math.floor((ply + (whiteFirst ? 0 : 1)) / 2) + 1;
    const whiteMoves = whiteFirst ? ply % 2 === 0 : ply % 2 === 1;
    return whiteMoves ? `${moveNumber}.` : `${moveNumber}...`;
  };
  const button = (move, path, ply) => {
    const b = el("button", { className: "mv", type: "button", textContent: move });
    b.dataset.line = path.join(" ");
    b.addEventListener("click", (e) => {
      e.preventDefault();
      container.querySelectorAll(".mv.current").forEach((m) => m.classList.remove("current"));
      b.classList.add("current");
      onMove(path);
    });
    return [el("span", { className: "num", textContent: number(ply) }), b];
  };
  const attack = (node, path, ply, isKey) => {
    const here = [...path, node.move];
    const head = [...button(node.move, here, ply)];
    if (isKey) head.push(el("span", { textContent: "!" }), tag("key", result.cooks ? "key (cooked)" : "key"));
    if (node.threat) head.push(" ", tag("threat", "threat"), ` ${number(ply + 2)}${node.threat.join(" ")}`);
    if (node.duals?.length) head.push(" ", tag("dual", "dual"), ` also ${node.duals.join(", ")}`);
    if (!node.defences?.length) return el("div", { className: "leaf" }, ...head);
    const details = el("details", { open: ply < 4 }, el("summary", {}, ...head));
    for (const defence of node.defences) {
      const after = [...here, defence.move];
      const row = el("div", { className: "defence" }, ...button(defence.move, after, ply + 1), " ");
      if (defence.reply && defence.reply.defences?.length) {
        details.append(el("div", {}, row, attack(defence.reply, after, ply + 2, false)));
      } else if (defence.reply) {
        row.append(...button(defence.reply.move, [...after, defence.reply.move], ply + 2));
        if (defence.reply.duals?.length) row.append(" ", tag("dual", "dual"), ` also ${defence.reply.duals.join(", ")}`);
        details.append(el("div", { className: "leaf" }, row));
      }
    }
    return details;
  };
  container.append(attack(result.tree, [], 0, true));
  // A cooked problem's other keys (each mates as fast), then the tries: first moves that fail to one defence only.
  for (const cook of result.keys.slice(1)) {
    container.append(el("div", { className: "leaf cook" }, ...button(cook, [cook], 0), el("span", { textContent: "!" }), " ", tag("cook", "cook: also mates")));
  }
  for (const attempt of result.tries ?? []) {
    container.append(el("div", { className: "leaf try" }, ...button(attempt.move, [attempt.move], 0), el("span", { textContent: "?" }), " ",
      tag("try", "try"), " refuted by ", ...button(attempt.refutation, [attempt.move, attempt.refutation], 1), el("span", { textContent: "!" })));
  }
}
