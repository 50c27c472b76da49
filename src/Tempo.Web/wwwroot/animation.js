// The play on the pitch: the server's frames (metres, y up) drawn as players and the ball, with the ball's trail,
// at any time t (positions interpolated between frames); play/pause runs the clock at real speed.

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 68;

/** An SVG element with these attributes, appended to parent if one is given. */
export const node = (name, attrs, parent) => {
  const e = document.createElementNS(SVG, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, v);
  parent?.append(e);
  return e;
};

export class PitchAnimation {
  /** @param {HTMLElement} container  @param {string} pitchSvg the markings from GET /api/soccer/pitch.svg */
  constructor(container, pitchSvg) {
    container.innerHTML = pitchSvg;
    this.svg = container.querySelector("svg");
    this.svg.setAttribute("role", "img");
    this.trail = node("polyline", { class: "trail" }, this.svg);
    this.people = node("g", {}, this.svg);
    this.listeners = [];
    this.now = 0;
    this.playing = false;
  }

  /** Shows a run: `animation` is the "animation" object of POST /api/soccer/run. */
  load(animation) {
    this.data = animation;
    this.people.replaceChildren();
    this.markers = animation.players.map((p) => {
      const g = node("g", { class: `player ${p.side}`, "data-label": p.label }, this.people);
      node("circle", { r: 1.35, fill: p.colour }, g);
      node("text", {}, g).textContent = String(p.number);
      node("title", {}, g).textContent = p.label;
      return g;
    });
    this.ball = node("circle", { class: "ball", r: .6 }, this.people);
    this.pause();
    this.seek(0);
  }

  /** Before a run: the players where the play file puts them (`players` of POST /api/soccer/validate). */
  showStart(players, ballHolder) {
    this.data = null;
    this.pause();
    this.people.replaceChildren();
    this.trail.setAttribute("points", "");
    for (const p of players) {
      const g = node("g", { class: `player ${p.side}`, "data-label": p.label, transform: `translate(${p.x},${WIDTH - p.y})` }, this.people);
      node("circle", { r: 1.35, fill: p.colour }, g);
      node("text", {}, g).textContent = String(p.number);
      node("title", {}, g).textContent = `${p.label} (${p.role})${p.actions.length ? ": " + p.actions.join(", ") : ""}`;
      if (p.side === "attack" && p.number === ballHolder) node("circle", { class: "ball", r: .6, cx: p.x + 1.6, cy: WIDTH - p.y + .8 }, this.people);
    }
  }

  /** Places everyone as they were at time t (seconds). */
  seek(t) {
    const { frames, duration } = this.data;
    this.now = Math.max(0, Math.min(duration, t));
    const f = sample(frames, this.now);
    this.ball.setAttribute("cx", f[1].toFixed(2));
    this.ball.setAttribute("cy", (WIDTH - f[2]).toFixed(2));
    this.markers.forEach((g, i) => g.setAttribute("transform", `translate(${f[3 + 2 * i].toFixed(2)},${(WIDTH - f[4 + 2 * i]).toFixed(2)})`));
    const path = frames.filter((x) => x[0] <= this.now).map((x) => `${x[1]},${WIDTH - x[2]}`);
    path.push(`${f[1]},${WIDTH - f[2]}`);
    this.trail.setAttribute("points", path.join(" "));
    for (const listener of this.listeners) listener(this.now);
  }

  /** Calls back with the time after every change (to move the scrubber, the timeline cursor and the log). */
  onTime(listener) {
    this.listeners.push(listener);
  }

  play() {
    if (this.now >= this.data.duration) this.seek(0);
    this.playing = true;
    let last = performance.now();
    const tick = (time) => {
      if (!this.playing) return;
      this.seek(this.now + (time - last) / 1000);
      last = time;
      if (this.now >= this.data.duration) this.pause();
      else requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  }

  pause() {
    this.playing = false;
    if (!this.data) return;
    for (const listener of this.listeners) listener(this.now);
  }
}

function sample(frames, t) {
  let lo = 0, hi = frames.length - 1;
  while (lo < hi - 1) {
    const mid = (lo + hi) >> 1;
    if (frames[mid][0] <= t) lo = mid;
    else hi = mid;
  }
  const a = frames[lo], b = frames[hi];
  const k = b[0] > a[0] ? Math.min(1, Math.max(0, (t - a[0]) / (b[0] - a[0]))) : 0;
  return a.map((v, i) => (i === 0 ? t : v + (b[i] - v) * k));
}
