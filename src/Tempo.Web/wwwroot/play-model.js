// The tactic board's model: a play file's tree as JSON (docs/play-file.md; the server's POST /api/soccer/check gives
// it), edited in place. Players are known by "side:index", the index in their team's list, which is also how the
// server's error paths name them (attack.players[1].actions[2]).

export const LENGTH = 105;
export const WIDTH = 68;
export const KINDS = ["pass", "run", "dribble", "shoot", "receive", "wait"];
export const ROLES = ["goalkeeper", "defender", "midfielder", "forward"];
export const BEHAVIOURS = ["guard", "mark", "press", "hold"];

export const onPitch = ([x, y]) => x >= 0 && x <= LENGTH && y >= 0 && y <= WIDTH;
export const round = (v) => Math.round(v * 10) / 10;
export const fmt = ([x, y]) => `(${x}, ${y})`;

/** The team list of a side ("attack" or "defence"), created if the tree has none. */
export function team(model, side) {
  model[side] ??= {};
  model[side].players ??= [];
  return model[side].players;
}

export function player(model, key) {
  const [side, index] = key.split(":");
  return team(model, side)[Number(index)];
}

export const keyOf = (side, index) => `${side}:${index}`;
export const sideOf = (key) => key.split(":")[0];
export const label = (side, p) => (side === "attack" ? `#${p.number}` : `opp#${p.number}`);

/** An action's kind: "receive" is a bare word, every other action a mapping with its kind as a key. */
export const kindOf = (action) => (typeof action === "string" ? action : KINDS.find((k) => k in action) ?? "?");

/** The attacker with this shirt number, as [index, player], or null. */
export function attacker(model, number) {
  const i = team(model, "attack").findIndex((p) => p.number === number);
  return i < 0 ? null : [i, team(model, "attack")[i]];
}

/** Where the player stands before each of his actions and after the last: his start, then the end of every run or dribble. */
export function positions(p) {
  const at = [p.at];
  for (const action of p.actions ?? []) {
    const kind = kindOf(action);
    at.push(kind === "run" || kind === "dribble" ? action[kind] : at[at.length - 1]);
  }
  return at;
}

/** Where an action sends the ball or the player, or null (receive, wait). */
export function target(model, action) {
  const kind = kindOf(action);
  if (kind === "run" || kind === "dribble") return action[kind];
  if (kind === "pass") {
    if (Array.isArray(action.pass)) return action.pass;
    // Where the teammate waits for the ball: before his first "receive" (his start if he has none).
    const mate = attacker(model, action.pass)?.[1];
    if (!mate) return null;
    const receive = (mate.actions ?? []).indexOf("receive");
    return positions(mate)[Math.max(0, receive)];
  }
  if (kind === "shoot") return action.shoot === "goal" ? [LENGTH, WIDTH / 2] : action.shoot;
  return null;
}

export function describe(action) {
  const kind = kindOf(action);
  const a = action[kind];
  switch (kind) {
    case "pass": return Array.isArray(a) ? `pass into ${fmt(a)}` : `pass to #${a}`;
    case "run": return `run to ${fmt(a)}`;
    case "dribble": return `dribble to ${fmt(a)}${action.past ? ` past opp#${action.past}` : ""}`;
    case "shoot": return a === "goal" ? "shoot at the goal" : `shoot at ${fmt(a)}`;
    case "receive": return "receive the ball";
    case "wait":
      if (a.seconds !== undefined) return `wait ${a.seconds} s`;
      if (a.past_x !== undefined) return `wait for #${a.player} past x = ${a.past_x}`;
      return a.in ? `wait for #${a.player} in the penalty area` : `wait for #${a.player} near ${fmt(a.near ?? [0, 0])}`;
    default: return JSON.stringify(action);
  }
}

/** A shirt number not yet taken in the team (the lowest from 2; 1 is the goalkeeper's). */
export function freeNumber(model, side) {
  const taken = new Set(team(model, side).map((p) => p.number));
  for (let n = 2; n < 100; n++) if (!taken.has(n)) return n;
  return 99;
}

/**
 * Where a server error path points: the player's key and the action's index (or null), "ball" for the ball holder,
 * or null when it concerns the whole play.
 */
export function locate(path) {
  const m = /^(attack|defence)\.players\[(\d+)\](?:\.actions\[(\d+)\])?/.exec(path ?? "");
  if (m) return { key: keyOf(m[1], Number(m[2])), action: m[3] === undefined ? null : Number(m[3]) };
  if (path === "attack.ball") return { key: "ball", action: null };
  return null;
}
