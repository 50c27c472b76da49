// The solver's line of control, drawn live from the progress events of a streamed solve: one span per mate distance
// being proven ("mate in ≤ d?"), as long as the solver worked on it, and under it the search speed (nodes/s) over time.
// When the solve ends the last span closes with what was proven and the main line. Only what the solver reports
// (distance, nodes, time) is drawn: nothing here is guessed.
const SVG = "http://www.w3.org/2000/svg";
const number = new Intl.NumberFormat("en-US");
const HUES = ["#4c78a8", "#72b7b2", "#54a24b", "#eeca3b", "#f58518", "#e45756", "#b279a2", "#9d755d"];

function element(name, attributes, text) {
  const node = document.createElementNS(SVG, name);
  for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class LiveTimeline {
  constructor(container) {
    this.container = container;
    this.svg = container.querySelector("svg");
    this.caption = container.querySelector(".live-caption");
    this.reset();
  }

  /** Clears the drawing for a new solve. */
  reset() {
    this.points = []; // { ms, nodesPerSecond }
    this.spans = []; // { depth, from, to, nodes }
    this.end = null; // { ms, text, kind }
    this.container.classList.add("hidden");
    this.svg.replaceChildren();
    this.caption.textContent = "";
  }

  /** One progress event: { depth, nodes, nodesPerSecond, ms }. */
  add({ depth, nodes, nodesPerSecond, ms }) {
    this.container.classList.remove("hidden");
    this.points.push({ ms, nodesPerSecond });
    const last = this.spans.at(-1);
    if (!last || last.depth !== depth) {
      if (last) last.to = ms;
      this.spans.push({ depth, from: last ? ms : 0, to: ms, nodes });
    } else {
      last.to = ms;
      last.nodes = nodes;
    }
    this.caption.textContent = depth > 0
      ? `${(ms / 1000).toFixed(1)} s: proving mate in ≤ ${depth} · ${number.format(nodes)} nodes · ${number.format(nodesPerSecond)} nodes/s`
      : `${(ms / 1000).toFixed(1)} s: starting · ${number.format(nodes)} nodes`;
    this.draw();
  }

  /** The solve's result (the CLI's JSON): closes the last span with what was proven. */
  finish(result, cancelled) {
    if (this.spans.length === 0) return; // too quick for a single progress report: nothing to draw live
    const last = this.spans.at(-1);
    last.to = Math.max(last.to, result.ms);
    const line = (result.line ?? []).join(" ");
    const text = result.status === "mate" ? `mate in ${result.mate}${line ? `: ${line}` : ""}`
      : result.status === "none" ? `no mate in ${result.provenNoMateWithin ?? result.searchedDepth ?? ""}`.trim()
      : cancelled ? `cancelled at ${(result.ms / 1000).toFixed(1)} s` : `stopped at ${(result.ms / 1000).toFixed(1)} s`;
    this.end = { ms: result.ms, text, kind: result.status === "mate" ? "good" : result.status === "none" ? "" : "warn" };
    this.caption.textContent = `${(result.ms / 1000).toFixed(1)} s: ${text}`;
    this.draw();
  }

  draw() {
    const width = Math.max(200, this.svg.clientWidth || 600);
    const height = 96;
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    const left = 70;
    const right = width - 8;
    const span = Math.max(1, this.end?.ms ?? 0, ...this.spans.map((s) => s.to));
    const x = (ms) => left + ((right - left) * ms) / span;
    const parts = [];
    parts.push(element("text", { x: 0, y: 21, class: "live-label" }, "solver"));
    parts.push(element("text", { x: 0, y: 70, class: "live-label" }, "nodes/s"));
    this.spans.forEach((s, i) => {
      const from = x(s.from);
      const to = Math.max(from + 2, x(s.to));
      const rect = element("rect", { x: from, y: 6, width: to - from, height: 22, fill: HUES[(s.depth - 1 + HUES.length) % HUES.length], class: "live-span" });
      rect.dataset.depth = s.depth;
      rect.append(element("title", {}, `mate in ≤ ${s.depth}? ${(s.from / 1000).toFixed(1)}-${(s.to / 1000).toFixed(1)} s, ${number.format(s.nodes)} nodes so far`));
      parts.push(rect);
      if (to - from > 34) parts.push(element("text", { x: from + 4, y: 21, class: "live-depth" }, s.depth > 0 ? `≤ ${s.depth}` : "start"));
      if (i === this.spans.length - 1 && this.end) {
        parts.push(element("line", { x1: to, x2: to, y1: 2, y2: 32, class: `live-end ${this.end.kind}` }));
      }
    });
    const top = Math.max(1, ...this.points.map((p) => p.nodesPerSecond));
    if (this.points.length > 1) {
      const y = (value) => 88 - (46 * value) / top;
      const path = this.points.map((p, i) => `${i ? "L" : "M"}${x(p.ms).toFixed(1)},${y(p.nodesPerSecond).toFixed(1)}`).join(" ");
      parts.push(element("path", { d: `${path} L${x(this.points.at(-1).ms).toFixed(1)},88 L${x(this.points[0].ms).toFixed(1)},88 Z`, class: "live-speed" }));
      parts.push(element("text", { x: left + 2, y: 50, class: "live-scale" }, `${number.format(top)}`));
    }
    this.svg.replaceChildren(...parts);
    this.svg.dataset.spans = this.spans.length;
  }
}
