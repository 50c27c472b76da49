// An interactive lines-of-control timeline for one trace: a row per line, spans coloured by state, links drawn
// from cause to effect. The wheel zooms around the pointer, the + / − buttons around the middle, dragging pans,
// double-click or "Whole run" resets, and the toolbar says which time window is shown; hovering a span tells what the
// line did or waited for and which line woke it.
import { wakers, lineName } from "./trace.js";

const SVG = "http://www.w3.org/2000/svg";
const ROW = 22, LEFT = 150, AXIS = 22;
let instances = 0;
const COLOURS = { running: "#3d9a5b", waiting: "#f0b429", done: "#b8c2d1", faulted: "#c0392b", cancelled: "#8e99ad" };

const node = (name, attrs, parent) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  parent?.append(e);
  return e;
};

export class Timeline {
  constructor(container, trace, { unit = "s", onTime } = {}) {
    this.trace = trace;
    this.unit = unit;
    this.onTime = onTime;
    this.view = [0, trace.end || 1];
    this.id = `timeline-${++instances}`;
    this.root = Object.assign(document.createElement("div"), { className: "timeline" });
    this.#toolbar();
    this.svg = node("svg", { class: "timeline-svg", role: "img", "aria-label": `${trace.name}: lines of control` }, this.root);
    this.tip = Object.assign(document.createElement("div"), { className: "timeline-tip hidden" });
    this.root.append(this.tip);
    container.append(this.root);
    this.cursor = null;
    this.#interact();
    new ResizeObserver(() => this.draw()).observe(this.root);
  }

  get width() {
    return Math.max(400, this.root.clientWidth);
  }

  x(t) {
    const [a, b] = this.view;
    return LEFT + ((t - a) / (b - a)) * (this.width - LEFT - 12);
  }

  time(x) {
    const [a, b] = this.view;
    return a + ((x - LEFT) / (this.width - LEFT - 12)) * (b - a);
  }

  /** Shows the whole run again. */
  reset() {
    this.view = [0, this.trace.end || 1];
    this.draw();
  }

  zoom(factor, around = (this.view[0] + this.view[1]) / 2) {
    const [a, b] = this.view;
    const span = Math.min(this.trace.end || 1, Math.max((this.trace.end || 1) / 2000, (b - a) * factor));
    let start = around - ((around - a) / (b - a)) * span;
    start = Math.max(0, Math.min((this.trace.end || 1) - span, start));
    this.view = [start, start + span];
    this.draw();
  }

  /** Marks time t (the soccer animation's clock) with a cursor line. */
  mark(t) {
    this.cursor = t;
    this.draw();
  }

  draw() {
    const lines = this.trace.lines;
    const height = AXIS + lines.length * ROW + 8;
    const width = this.width;
    this.svg.setAttribute("viewBox", `0 0 ${width} ${height}`);
    this.svg.setAttribute("height", height);
    this.svg.replaceChildren();
    node("defs", {}, this.svg).innerHTML = '<marker id="' + this.id + '-head" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="6" markerHeight="6" orient="auto"><path d="M0,0 L10,5 L0,10 z" fill="#5b6b86"/></marker><clipPath id="' + this.id + '-plot"><rect x="' + LEFT + '" y="0" width="' + (width - LEFT) + '" height="' + height + '"/></clipPath>';
    const [a, b] = this.view;
    const step = niceStep((b - a) / 8);
    for (let t = Math.ceil(a / step) * step; t <= b; t += step) {
      node("line", { x1: this.x(t), x2: this.x(t), y1: AXIS - 4, y2: height, stroke: "#eef0f4" }, this.svg);
      node("text", { x: this.x(t), y: 14, "text-anchor": "middle", class: "tick" }, this.svg).textContent = formatTime(t, this.unit, step);
    }
    const bands = node("g", {}, this.svg);
    const plot = node("g", { "clip-path": `url(#${this.id}-plot)` }, this.svg);
    lines.forEach((line, row) => {
      const y = AXIS + row * ROW;
      if (row % 2 === 1) node("rect", { x: 0, y, width, height: ROW, fill: "#f8f9fb" }, bands);
      node("text", { x: 8, y: y + 15, class: "line-name" }, this.svg).textContent = line.name;
      for (const span of line.spans) {
        if (span.end < a || span.start > b) continue;
        const x1 = this.x(span.start), x2 = this.x(span.end);
        const rect = node("rect", { x: x1, y: y + 3, width: Math.max(1.5, x2 - x1), height: ROW - 6, rx: 3, fill: COLOURS[span.state] ?? "#999", class: `span ${span.state}` }, plot);
        rect.dataset.line = String(row);
        rect.__span = span;
        if (x2 - x1 > 46) node("text", { x: x1 + 4, y: y + 15, class: "span-label" }, plot).textContent = clip(span.state === "waiting" ? `wait: ${span.label}` : span.label, (x2 - x1 - 8) / 6);
      }
    });
    for (const link of this.trace.links) {
      if (link.to < a || link.from > b) continue;
      const r1 = lines.findIndex((l) => l.tid === link.fromTid), r2 = lines.findIndex((l) => l.tid === link.toTid);
      if (r1 < 0 || r2 < 0 || r1 === r2) continue;
      node("line", { x1: this.x(link.from), y1: AXIS + r1 * ROW + ROW / 2, x2: this.x(link.to), y2: AXIS + r2 * ROW + ROW / 2, class: "link", "marker-end": `url(#${this.id}-head)` }, plot);
    }
    if (this.cursor !== null) node("line", { x1: this.x(this.cursor), x2: this.x(this.cursor), y1: AXIS - 4, y2: height, class: "cursor" }, this.svg);
    const whole = a <= 0 && b >= (this.trace.end || 1);
    this.window.textContent = whole ? `whole run: ${formatTime(a, this.unit, 1e-6)} – ${formatTime(b, this.unit, 1e-6)}` : `showing ${formatTime(a, this.unit, 1e-6)} – ${formatTime(b, this.unit, 1e-6)}`;
  }

  #toolbar() {
    const bar = Object.assign(document.createElement("div"), { className: "timeline-tools" });
    const button = (text, title, action) => {
      const b = Object.assign(document.createElement("button"), { type: "button", className: "small", textContent: text, title });
      b.addEventListener("click", action);
      bar.append(b);
      return b;
    };
    button("+", "Zoom in", () => this.zoom(0.5)).dataset.zoom = "in";
    button("−", "Zoom out", () => this.zoom(2)).dataset.zoom = "out";
    button("Whole run", "Show the whole run (or double-click the timeline)", () => this.reset()).dataset.zoom = "reset";
    this.window = Object.assign(document.createElement("span"), { className: "timeline-window muted small" });
    bar.append(this.window);
    this.root.append(bar);
  }

  #interact() {
    this.svg.addEventListener("wheel", (e) => {
      e.preventDefault();
      this.zoom(e.deltaY > 0 ? 1.25 : 0.8, this.time(this.#localX(e)));
    }, { passive: false });
    this.svg.addEventListener("dblclick", () => this.reset());
    let drag = null;
    this.svg.addEventListener("pointerdown", (e) => {
      drag = { x: this.#localX(e), view: [...this.view], moved: false };
      this.svg.setPointerCapture(e.pointerId);
    });
    this.svg.addEventListener("pointermove", (e) => {
      if (drag) {
        const dx = this.#localX(e) - drag.x;
        if (Math.abs(dx) > 3) drag.moved = true;
        const perPixel = (drag.view[1] - drag.view[0]) / (this.width - LEFT - 12);
        const span = drag.view[1] - drag.view[0];
        const start = Math.max(0, Math.min((this.trace.end || 1) - span, drag.view[0] - dx * perPixel));
        this.view = [start, start + span];
        this.draw();
        return;
      }
      this.#hover(e);
    });
    this.svg.addEventListener("pointerup", (e) => {
      if (drag && !drag.moved && this.onTime && this.#localX(e) > LEFT) this.onTime(this.time(this.#localX(e)));
      drag = null;
    });
    this.svg.addEventListener("pointerleave", () => this.tip.classList.add("hidden"));
  }

  #localX(e) {
    const box = this.svg.getBoundingClientRect();
    return ((e.clientX - box.left) / box.width) * this.width;
  }

  #hover(e) {
    const span = e.target.__span;
    if (!span) {
      this.tip.classList.add("hidden");
      return;
    }
    const line = this.trace.lines[Number(e.target.dataset.line)];
    const when = `${formatTime(span.start, this.unit)} – ${formatTime(span.end, this.unit)}`;
    const what = span.state === "waiting" ? `waits for ${span.label}` : span.state === "running" ? span.label : `${span.state}${span.label ? `: ${span.label}` : ""}`;
    const woke = span.state === "waiting" ? wakers(this.trace, line, span).map((l) => `woken by ${lineName(this.trace, l.fromTid)} at ${formatTime(l.to, this.unit)} (${l.label})`) : [];
    this.tip.replaceChildren(
      Object.assign(document.createElement("strong"), { textContent: line.name }),
      Object.assign(document.createElement("div"), { textContent: what }),
      Object.assign(document.createElement("div"), { className: "muted", textContent: when }),
      ...woke.map((text) => Object.assign(document.createElement("div"), { className: "woke", textContent: text })),
    );
    const box = this.root.getBoundingClientRect();
    this.tip.style.left = `${Math.min(e.clientX - box.left + 14, box.width - 280)}px`;
    this.tip.style.top = `${e.clientY - box.top + 14}px`;
    this.tip.classList.remove("hidden");
  }
}

function niceStep(raw) {
  const power = 10 ** Math.floor(Math.log10(raw || 1));
  return [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
}

function formatTime(t, unit, step = 0.001) {
  if (unit === "ms") return `${(t * 1000).toFixed(step * 1000 >= 1 ? 0 : 2)} ms`;
  return `${t.toFixed(step >= 1 ? 0 : step >= 0.1 ? 1 : 2)} s`;
}

const clip = (text, chars) => (text.length <= chars ? text : `${text.slice(0, Math.max(1, Math.floor(chars) - 1))}…`);
