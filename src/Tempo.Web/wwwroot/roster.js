// The players' lists beside the tactic board: each player's role, his script (attackers: actions to edit, reorder and
// delete) or his behaviour (defenders), and the server's error shown beside the player or action it concerns.
import { ROLES, BEHAVIOURS, team, keyOf, label, kindOf, describe, freeNumber } from "./play-model.js";

const el = (name, { dataset = {}, ...props } = {}, ...children) => {
  const e = Object.assign(document.createElement(name), props);
  Object.assign(e.dataset, dataset);
  e.append(...children.filter((c) => c !== null && c !== undefined));
  return e;
};

function select(options, value, onChange, props = {}) {
  const s = el("select", props, ...options.map(([v, text]) => el("option", { value: String(v), textContent: text, selected: String(v) === String(value) })));
  s.addEventListener("change", () => onChange(s.value));
  return s;
}

function number(value, onChange, props = {}) {
  const input = el("input", { type: "number", step: "0.5", value: String(value ?? ""), ...props });
  input.addEventListener("change", () => input.value !== "" && onChange(Number(input.value)));
  return input;
}

export class Roster {
  /** @param {HTMLElement} container  @param {{onChange: (what: string) => void, onSelect: (key: string) => void}} hooks */
  constructor(container, hooks) {
    this.container = container;
    this.hooks = hooks;
    this.selected = null;
    this.fault = null;
    /** Each player's shirt as the server last drew it (#rrggbb by label), for the colour pickers of named colours. */
    this.colours = {};
  }

  draw(model) {
    this.model = model;
    const attackNumbers = team(model, "attack").map((p) => [p.number, `#${p.number}`]);
    const ball = el("div", { className: "roster-ball row" },
      el("label", { className: "inline", textContent: "Ball " }, select(attackNumbers, model.attack.ball, (v) => this.#set(() => (model.attack.ball = Number(v))), { id: "ball-holder" })));
    this.container.replaceChildren(...[ball, this.#faultFor("ball"), ...["attack", "defence"].map((side) => this.#team(side))].filter(Boolean));
    this.container.querySelector(".roster-player.selected")?.scrollIntoView({ block: "nearest" });
  }

  /** Shows a server error beside what it concerns: `where` from locate(path), `reason` the reader's reason. */
  showFault(where, reason) {
    this.fault = where ? { ...where, reason } : null;
    if (this.model) this.draw(this.model);
  }

  select(key) {
    this.selected = key;
    if (this.model) this.draw(this.model);
  }

  #set(change, what = "edit") {
    change();
    this.hooks.onChange(what);
  }

  #faultFor(key, action = null) {
    const f = this.fault;
    if (!f || f.key !== key || f.action !== action) return null;
    return el("div", { className: action === null ? "fault-message" : "action-error", role: "alert", textContent: f.reason });
  }

  #team(side) {
    const model = this.model;
    const name = el("input", { type: "text", value: model[side].name ?? "", className: "team-name", placeholder: side === "attack" ? "Attack" : "Defence", ariaLabel: `${side} team name` });
    name.addEventListener("change", () => this.#set(() => (model[side].name = name.value)));
    const colour = el("input", { type: "color", value: this.#colourOf(side), className: "team-colour", title: `the ${side}'s shirt colour`, ariaLabel: `${side} shirt colour` });
    colour.addEventListener("change", () => this.#set(() => (model[side].colour = colour.value)));
    const add = el("button", { type: "button", className: "small", textContent: "+ player", title: `add a player to the ${side}` });
    add.addEventListener("click", () => this.#set(() => team(model, side).push({ number: freeNumber(model, side), role: "midfielder", at: side === "attack" ? [45, 34] : [75, 34] }), "add"));
    const players = team(model, side).map((p, i) => this.#player(side, i, p));
    return el("section", { className: `roster-team ${side}` }, el("div", { className: "row" }, el("h3", { className: "grow", textContent: side === "attack" ? "Attack" : "Defence" }), add), el("div", { className: "row team-head" }, name, colour), ...players);
  }

  /** The team's colour as a colour picker needs it (#rrggbb): the file's own hex, else the shirt the server drew, else the default. */
  #colourOf(side) {
    const given = String(this.model[side].colour ?? "");
    if (/^#[0-9a-f]{6}$/i.test(given)) return given.toLowerCase();
    if (/^#[0-9a-f]{3}$/i.test(given)) return `#${[...given.slice(1)].map((h) => h + h).join("")}`.toLowerCase();
    const outfield = team(this.model, side).find((p) => p.role !== "goalkeeper");
    const shown = outfield ? this.colours[label(side, outfield)] : undefined;
    return shown && /^#[0-9a-f]{6}$/i.test(shown) ? shown.toLowerCase() : side === "attack" ? "#d62828" : "#1d4ed8";
  }

  #player(side, i, p) {
    const key = keyOf(side, i);
    const model = this.model;
    const head = el("div", { className: "row player-head" },
      el("button", { type: "button", className: "who", textContent: label(side, p), title: "show him on the board" }),
      select(ROLES.map((r) => [r, r]), p.role, (v) => this.#set(() => (p.role = v)), { className: "role", ariaLabel: "role" }),
      el("span", { className: "grow mono at", textContent: `(${p.at[0]}, ${p.at[1]})` }),
      el("button", { type: "button", className: "small danger remove", textContent: "✕", title: `take ${label(side, p)} off the team sheet` }));
    head.querySelector(".who").addEventListener("click", () => this.hooks.onSelect(key));
    head.querySelector(".remove").addEventListener("click", () => this.#set(() => team(model, side).splice(i, 1), "remove"));
    const body = side === "attack" ? this.#script(key, p) : this.#behaviour(p);
    const classes = ["roster-player", side];
    if (key === this.selected) classes.push("selected");
    if (this.fault?.key === key) classes.push("fault");
    return el("div", { className: classes.join(" "), dataset: { key } }, head, this.#faultFor(key), body);
  }

  #behaviour(p) {
    const attackNumbers = team(this.model, "attack").map((q) => [q.number, `#${q.number}`]);
    const row = el("div", { className: "row behaviour" },
      select(BEHAVIOURS.map((b) => [b, b]), p.behaviour ?? "guard", (v) => this.#set(() => {
        p.behaviour = v;
        if (v === "mark") p.mark ??= attackNumbers[0]?.[0];
      }), { className: "behaviour-menu", ariaLabel: "behaviour" }));
    if ((p.behaviour ?? "guard") === "mark" || p.mark !== undefined) {
      row.append(el("span", { textContent: "marks" }), select([["", "no one"], ...attackNumbers], p.mark ?? "", (v) => this.#set(() => {
        if (v === "") delete p.mark;
        else p.mark = Number(v);
      }), { className: "mark", ariaLabel: "marks" }));
    }
    return row;
  }

  #script(key, p) {
    const actions = p.actions ?? [];
    const list = el("ol", { className: "actions" }, ...actions.map((action, j) => this.#action(key, p, action, j)));
    const add = select([["", "+ action…"], ["receive", "receive the ball"], ["wait-player", "wait for a teammate past x"], ["wait-area", "wait for a teammate in the penalty area"], ["wait-near", "wait for a teammate near a point"], ["wait-seconds", "wait seconds"], ["shoot", "shoot at the goal"]], "", (v) => this.#set(() => {
      p.actions ??= [];
      const mate = team(this.model, "attack").find((q) => q !== p)?.number ?? p.number;
      p.actions.push({ receive: "receive", "wait-player": { wait: { player: mate, past_x: Math.min(100, p.at[0] + 10) } }, "wait-area": { wait: { player: mate, in: "penalty_area" } }, "wait-near": { wait: { player: mate, near: [Math.min(100, p.at[0] + 10), p.at[1]], within: 2 } }, "wait-seconds": { wait: { seconds: 1 } }, shoot: { shoot: "goal" } }[v]);
    }, "script"), { className: "add-action", ariaLabel: "add an action" });
    return el("div", { className: "script" }, list, add);
  }

  #action(key, p, action, j) {
    const actions = p.actions;
    const kind = kindOf(action);
    const item = el("li", { className: `action ${kind}`, dataset: { index: String(j) } }, el("span", { className: "what", textContent: describe(action) }));
    item.append(...this.#fields(action, kind));
    const tools = [["↑", "earlier", j > 0, () => actions.splice(j - 1, 0, ...actions.splice(j, 1))],
      ["↓", "later", j < actions.length - 1, () => actions.splice(j + 1, 0, ...actions.splice(j, 1))],
      ["✕", "delete", true, () => actions.splice(j, 1)]];
    for (const [text, title, enabled, change] of tools) {
      const b = el("button", { type: "button", className: `small ${title}`, textContent: text, title: `${title} (action ${j + 1} of #${p.number})`, disabled: !enabled });
      b.addEventListener("click", () => this.#set(change, "script"));
      item.append(b);
    }
    const fault = this.#faultFor(key, j);
    if (fault) item.classList.add("fault");
    item.append(fault ?? "");
    return item;
  }

  /** The inputs that edit one action's values. */
  #fields(action, kind) {
    const mates = team(this.model, "attack").map((q) => [q.number, `#${q.number}`]);
    const opponents = team(this.model, "defence").map((q) => [q.number, `opp#${q.number}`]);
    const point = (get, set) => [number(get()[0], (v) => this.#set(() => set([v, get()[1]])), { className: "x", ariaLabel: "x" }),
      number(get()[1], (v) => this.#set(() => set([get()[0], v])), { className: "y", ariaLabel: "y" })];
    switch (kind) {
      case "pass":
        return Array.isArray(action.pass) ? point(() => action.pass, (v) => (action.pass = v))
          : [select(mates, action.pass, (v) => this.#set(() => (action.pass = Number(v))), { className: "to", ariaLabel: "pass to" })];
      case "run":
      case "dribble": {
        const fields = point(() => action[kind], (v) => (action[kind] = v));
        if (kind === "dribble") fields.push(select([["", "past no one"], ...opponents], action.past ?? "", (v) => this.#set(() => (v === "" ? delete action.past : (action.past = Number(v)))), { className: "past", ariaLabel: "past" }));
        return fields;
      }
      case "shoot":
        return action.shoot === "goal" ? [] : [number(action.shoot[1], (v) => this.#set(() => (action.shoot = [action.shoot[0], v])), { className: "y", ariaLabel: "y on the goal line" })];
      case "wait": {
        const w = action.wait;
        if (w.seconds !== undefined) return [number(w.seconds, (v) => this.#set(() => (w.seconds = v)), { className: "seconds", ariaLabel: "seconds" })];
        const fields = [select(mates, w.player, (v) => this.#set(() => (w.player = Number(v))), { className: "player", ariaLabel: "wait for" })];
        if (w.past_x !== undefined) fields.push(el("span", { textContent: "past x" }), number(w.past_x, (v) => this.#set(() => (w.past_x = v)), { className: "past-x", ariaLabel: "past x" }));
        if (w.near !== undefined) {
          fields.push(el("span", { textContent: "near" }), ...point(() => w.near, (v) => (w.near = v)),
            el("span", { textContent: "within" }), number(w.within ?? 2, (v) => this.#set(() => (w.within = v)), { className: "within", ariaLabel: "within metres" }));
        }
        return fields;
      }
      default:
        return [];
    }
  }
}
