// The sweep's live chart: the goal rate of the runs finished so far (the unbroken prefix from run 0, as the server
// counts it) with its 95 % interval as a band, against the number of runs, redrawn as each progress event comes.
const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 420, HEIGHT = 150, LEFT = 38, RIGHT = 10, TOP = 8, BOTTOM = 22;

const node = (name, attrs, parent) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  parent.append(e);
  return e;
};

export class RateChart {
  constructor(svg) {
    this.svg = svg;
    this.svg.setAttribute("viewBox", `0 0 ${WIDTH} ${HEIGHT}`);
    this.points = [];
    this.runs = 1;
  }

  /** Starts an empty chart for a sweep of `runs` runs. */
  start(runs) {
    this.runs = runs;
    this.points = [];
    this.draw();
  }

  /** Adds the rate after `runs` runs in order, `goals` of them goals, with the interval [low, high]. */
  add(runs, goals, low, high) {
    if (runs <= 0 || this.points.at(-1)?.runs === runs) return;
    this.points.push({ runs, goals, rate: goals / runs, low, high });
    this.draw();
  }

  x(runs) {
    return LEFT + (runs / this.runs) * (WIDTH - LEFT - RIGHT);
  }

  y(rate) {
    return TOP + (1 - rate) * (HEIGHT - TOP - BOTTOM);
  }

  draw() {
    this.svg.replaceChildren();
    for (const rate of [0, 0.25, 0.5, 0.75, 1]) {
      node("line", { x1: LEFT, x2: WIDTH - RIGHT, y1: this.y(rate), y2: this.y(rate), class: "grid" }, this.svg);
      node("text", { x: LEFT - 4, y: this.y(rate) + 4, "text-anchor": "end", class: "axis" }, this.svg).textContent = `${rate * 100} %`;
    }
    node("text", { x: LEFT, y: HEIGHT - 6, class: "axis" }, this.svg).textContent = "0";
    node("text", { x: WIDTH - RIGHT, y: HEIGHT - 6, "text-anchor": "end", class: "axis" }, this.svg).textContent = `${this.runs.toLocaleString("en-US")} runs`;
    if (this.points.length === 0) return;
    const band = [...this.points.map((p) => `${this.x(p.runs)},${this.y(p.high)}`), ...this.points.toReversed().map((p) => `${this.x(p.runs)},${this.y(p.low)}`)];
    node("polygon", { points: band.join(" "), class: "band" }, this.svg);
    node("polyline", { points: this.points.map((p) => `${this.x(p.runs)},${this.y(p.rate)}`).join(" "), class: "rate" }, this.svg);
    const last = this.points.at(-1);
    const dot = node("circle", { cx: this.x(last.runs), cy: this.y(last.rate), r: 3, class: "now" }, this.svg);
    Object.assign(dot.dataset, { runs: last.runs, goals: last.goals });
  }
}
