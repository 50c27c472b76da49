// The tactic board: the play's players on the pitch, their scripts drawn as arrows, and the gestures that edit them.
// Move: drag a player (one dropped off the pitch goes back where he was, with a message). Pass, run, dribble, shoot:
// drag from an attacker to a teammate or a point. Ball: click the attacker who starts with the ball.
import { LENGTH, WIDTH, onPitch, round, fmt, team, player, keyOf, label, kindOf, positions, target } from "./play-model.js";
import { node } from "./animation.js";

const REACH = 2.5; // metres: a drag released this close to a teammate is a pass to him

export class TacticBoard {
  /**
   * @param {HTMLElement} container  @param {string} pitchSvg the markings from GET /api/soccer/pitch.svg
   * @param {{onChange: (what: string) => void, onSelect: (key: string) => void, say: (text: string, kind?: string) => void}} hooks
   */
  constructor(container, pitchSvg, hooks) {
    container.innerHTML = pitchSvg;
    this.svg = container.querySelector("svg");
    this.svg.classList.add("tactic-board");
    const defs = node("defs", {}, this.svg);
    for (const kind of ["pass", "run", "dribble", "shoot", "draft", "fault"]) {
      const marker = node("marker", { id: `head-${kind}`, viewBox: "0 0 10 10", refX: 8, refY: 5, markerWidth: 4, markerHeight: 4, orient: "auto-start-reverse" }, defs);
      node("path", { d: "M0,0 L10,5 L0,10 z", class: `head ${kind}` }, marker);
    }
    this.arrows = node("g", { class: "arrows" }, this.svg);
    this.people = node("g", {}, this.svg);
    this.hooks = hooks;
    this.tool = "move";
    this.model = null;
    this.faults = { key: null, action: null };
    this.selected = null;
    this.svg.addEventListener("pointerdown", (e) => this.#press(e));
  }

  /** Each player's shirt as the server draws it (the play's team colours, goalkeepers apart), by label; a player not yet checked keeps the default. */
  colours = {};

  /** Shows the model (after any change to it). */
  draw(model) {
    this.model = model;
    if (this.dragging) return; // the drop draws it, and the marker under the pointer must stay

    this.arrows.replaceChildren();
    this.people.replaceChildren();
    team(model, "attack").forEach((p, i) => this.#drawScript(keyOf("attack", i), p));
    for (const side of ["attack", "defence"]) {
      team(model, side).forEach((p, i) => {
        const key = keyOf(side, i);
        const classes = ["player", side];
        if (key === this.selected) classes.push("selected");
        if (key === this.faults.key) classes.push("fault");
        const g = node("g", { class: classes.join(" "), "data-key": key, "data-label": label(side, p), transform: `translate(${p.at[0]},${WIDTH - p.at[1]})` }, this.people);
        const shirt = this.colours[label(side, p)];
        node("circle", shirt ? { r: 1.5, style: `fill: ${shirt}` } : { r: 1.5 }, g);
        node("text", shirt && light(shirt) ? { style: "fill: #1d2230" } : {}, g).textContent = String(p.number);
        node("title", {}, g).textContent = `${label(side, p)} (${p.role}) at ${fmt(p.at)}`;
        if (side === "attack" && p.number === model.attack.ball) node("circle", { class: "ball", r: .6, cx: 1.7, cy: .9 }, g);
      });
    }
  }

  #drawScript(key, p) {
    const from = positions(p);
    (p.actions ?? []).forEach((action, j) => {
      const to = target(this.model, action);
      if (!to) return;
      const kind = kindOf(action);
      const fault = key === this.faults.key && j === this.faults.action;
      const [a, b] = [from[j], to];
      node("line", {
        class: `arrow ${kind}${fault ? " fault" : ""}`, "data-key": key, "data-action": j,
        x1: a[0], y1: WIDTH - a[1], x2: b[0], y2: WIDTH - b[1], "marker-end": `url(#head-${fault ? "fault" : kind})`,
      }, this.arrows);
      const tag = node("text", { class: "step", x: (a[0] + b[0]) / 2, y: WIDTH - (a[1] + b[1]) / 2 - .6 }, this.arrows);
      tag.textContent = `${p.number}.${j + 1}`;
    });
  }

  /** Marks the player and action a server error concerns (key null: none). */
  mark(faults) {
    this.faults = faults ?? { key: null, action: null };
    if (this.model) this.draw(this.model);
  }

  select(key) {
    this.selected = key;
    if (this.model) this.draw(this.model);
  }

  /** Pitch coordinates (metres, y up) of a pointer event. */
  #point(e) {
    const m = this.svg.getScreenCTM().inverse();
    const p = new DOMPoint(e.clientX, e.clientY).matrixTransform(m);
    return [round(p.x), round(WIDTH - p.y)];
  }

  #press(e) {
    const g = e.target.closest?.(".player");
    if (!g || !this.model) return;
    e.preventDefault();
    const key = g.dataset.key;
    const p = player(this.model, key);
    const side = key.split(":")[0];
    const start = this.#point(e);
    let last = start;
    let draft = null;
    const scripting = ["pass", "run", "dribble", "shoot"].includes(this.tool);
    if (scripting && side !== "attack") {
      this.hooks.say(`${label(side, p)} is a defender: defenders are not scripted; give him a behaviour in his list instead.`, "error");
      return;
    }
    const origin = scripting ? positions(p).at(-1) : p.at;
    this.dragging = true;
    const move = (ev) => {
      last = this.#point(ev);
      if (this.tool === "move") {
        g.setAttribute("transform", `translate(${last[0]},${WIDTH - last[1]})`);
      } else if (scripting) {
        draft ??= node("line", { class: "arrow draft", "marker-end": "url(#head-draft)" }, this.arrows);
        Object.entries({ x1: origin[0], y1: WIDTH - origin[1], x2: last[0], y2: WIDTH - last[1] }).forEach(([k, v]) => draft.setAttribute(k, v));
      }
    };
    const up = () => {
      window.removeEventListener("pointermove", move);
      window.removeEventListener("pointerup", up);
      this.dragging = false;
      draft?.remove();
      const moved = Math.hypot(last[0] - start[0], last[1] - start[1]) > .5;
      if (!moved) {
        this.draw(this.model);
        return this.#click(key, p, side);
      }
      if (this.tool === "move") this.#drop(key, p, side, last);
      else if (scripting) this.#script(key, p, origin, last);
    };
    window.addEventListener("pointermove", move);
    window.addEventListener("pointerup", up);
  }

  #click(key, p, side) {
    if (this.tool === "ball") {
      if (side !== "attack") return this.hooks.say(`${label(side, p)} is a defender: only an attacker can start with the ball.`, "error");
      this.model.attack.ball = p.number;
      this.hooks.onChange("ball");
    }
    this.hooks.onSelect(key);
  }

  #drop(key, p, side, at) {
    if (!onPitch(at)) {
      this.draw(this.model);
      this.hooks.say(`${label(side, p)} cannot stand off the pitch at ${fmt(at)} (x 0–${LENGTH}, y 0–${WIDTH}): he is back at ${fmt(p.at)}.`, "error");
      return;
    }
    p.at = at;
    this.hooks.say(`${label(side, p)} moved to ${fmt(at)}.`);
    this.hooks.onChange("move");
  }

  #script(key, p, origin, to) {
    const mate = this.tool === "pass" ? team(this.model, "attack").find((q) => q !== p && Math.hypot(q.at[0] - to[0], q.at[1] - to[1]) <= REACH) : null;
    if (this.tool !== "shoot" && !mate && !onPitch(to)) {
      this.hooks.say(`#${p.number} cannot ${this.tool} to ${fmt(to)}: that is off the pitch (x 0–${LENGTH}, y 0–${WIDTH}).`, "error");
      return this.draw(this.model);
    }
    let action;
    if (this.tool === "shoot") {
      action = { shoot: [LENGTH, Math.min(WIDTH, Math.max(0, to[1]))] };
    } else if (mate) {
      action = { pass: mate.number };
      // The teammate must expect the ball: a receiver with no "receive" in his script gets one.
      mate.actions ??= [];
      if (!mate.actions.includes("receive")) mate.actions.push("receive");
    } else {
      action = { [this.tool]: to };
      const past = this.tool === "dribble" ? nearestTo(team(this.model, "defence"), origin, to) : null;
      if (past) action.past = past.number;
    }
    p.actions ??= [];
    p.actions.push(action);
    this.hooks.say(`#${p.number}: action ${p.actions.length} added.`);
    this.hooks.onChange("script");
    this.hooks.onSelect(key);
  }
}

/** The defender closest to the segment a→b, if one is within 4 m of it. */
function nearestTo(defenders, a, b) {
  let best = null, bestDistance = 4;
  for (const d of defenders) {
    const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
    const k = Math.max(0, Math.min(1, ((d.at[0] - a[0]) * dx + (d.at[1] - a[1]) * dy) / (dx * dx + dy * dy || 1)));
    const distance = Math.hypot(a[0] + k * dx - d.at[0], a[1] + k * dy - d.at[1]);
    if (distance < bestDistance) [best, bestDistance] = [d, distance];
  }
  return best;
}

/** Whether a #rrggbb shirt is light enough to need a dark number. */
function light(hex) {
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  return 0.299 * r + 0.587 * g + 0.114 * b > 170;
}
