// Walking the solution tree with the arrow keys, as on Lichess: → the next move of the line, ← back one move,
// ↑ / ↓ the previous / next alternative at this point (another defence, another branch). The selected move's line
// is played on the board, as a click on it does, and its branch is opened and scrolled into view.

const KEYS = new Set(["ArrowLeft", "ArrowRight", "ArrowUp", "ArrowDown"]);

/** Listens for the arrow keys on the page and moves the selection among the `.mv` buttons of the tree in `container`. */
export function walkTreeWithKeys(container) {
  document.addEventListener("keydown", (e) => {
    if (!KEYS.has(e.key) || e.altKey || e.ctrlKey || e.metaKey || e.target.closest?.("input, textarea, select")) return;
    const next = target(container, e.key);
    if (!next) return;
    e.preventDefault();
    for (let d = next.parentElement.closest("details"); d; d = d.parentElement.closest("details")) d.open = true;
    next.click();
    next.scrollIntoView({ block: "nearest" });
  });
}

function target(container, key) {
  const buttons = [...container.querySelectorAll(".mv")];
  if (buttons.length === 0 || container.closest(".hidden")) return null;
  const current = container.querySelector(".mv.current");
  const here = current ? current.dataset.line.split(" ") : [];
  const length = (b) => b.dataset.line.split(" ").length;
  const parentOf = (line) => line.split(" ").slice(0, -1).join(" ");
  switch (key) {
    case "ArrowRight":
      return buttons.find((b) => length(b) === here.length + 1 && parentOf(b.dataset.line) === here.join(" ")) ?? null;
    case "ArrowLeft":
      return here.length > 1 ? buttons.find((b) => b.dataset.line === here.slice(0, -1).join(" ")) ?? null : null;
    default: {
      if (!current) return null;
      const siblings = buttons.filter((b) => length(b) === here.length && parentOf(b.dataset.line) === parentOf(current.dataset.line));
      return siblings[siblings.indexOf(current) + (key === "ArrowDown" ? 1 : -1)] ?? null;
    }
  }
}
