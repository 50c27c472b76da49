// The soccer page: a tactic board that simulates. Build a play by dragging on the board (or load, write or open a
// play file), run it concurrently or sequentially, and watch it with its lines of control and its event log in step.
import { requestJson, requestText, download } from "./api.js";
import { PitchAnimation } from "./animation.js";
import { Timeline } from "./timeline.js";
import { SweepPanel } from "./sweep.js";
import { TacticBoard } from "./tactics.js";
import { Roster } from "./roster.js";
import { locate } from "./play-model.js";
import { keepDraft, showDrafts } from "./drafts.js";

const $ = (id) => document.getElementById(id);
const yaml = $("yaml");
let mode = "concurrent";
// What the play is: "book" (the chapter's play with its C# scripts), "yaml" (the text box) or "board" (the board's model).
let source = "book";
let model = null;
let valid = false;
let checks = 0;
let pending = null;
let timeline = null;
let events = [];
let fault = ""; // the server's message about the play, while it is invalid

function say(element, text, kind = "") {
  element.textContent = text;
  element.className = `message ${kind}`;
}

const pitchSvg = await requestText("/api/soccer/pitch.svg");
const animation = new PitchAnimation($("pitch"), pitchSvg);
const hooks = { onChange: edited, onSelect: select, say: (text, kind) => say($("board-message"), text, kind) };
const board = new TacticBoard($("board"), pitchSvg, hooks);
const roster = new Roster($("roster"), hooks);

/** The request that sends the play: ?play=book, or the text box (YAML), or the board's model (JSON). */
function playRequest(path, query = new URLSearchParams()) {
  if (source === "book") query.set("play", "book");
  const url = `${path}?${query}`;
  if (source === "book") return [url, { method: "POST" }];
  return [url, source === "board" ? { method: "POST", body: JSON.stringify(model), type: "application/json" } : { method: "POST", body: yaml.value, type: "application/yaml" }];
}

function draw() {
  if (!model) return;
  board.draw(model);
  roster.draw(model);
}

function edited() {
  source = "board";
  draw();
  later(check, 120);
}

function select(key) {
  board.select(key);
  roster.select(key);
}

/** Runs the task once the user pauses; the page says it is settling meanwhile (tests wait for that). */
function later(task, ms) {
  clearTimeout(pending);
  document.body.dataset.settling = "true";
  pending = setTimeout(task, ms);
}

async function loadBook() {
  yaml.value = await requestText("/api/soccer/book");
  source = "book";
  await check();
}

/** Asks the server what the play is: the board follows the text, the text follows the board, errors go beside their player or action. */
async function check() {
  const ticket = ++checks;
  const [url, init] = playRequest("/api/soccer/check");
  const answer = await requestJson(url, init);
  if (ticket !== checks) return valid;
  delete document.body.dataset.settling;
  valid = answer.valid;
  fault = valid ? "" : source === "board" && answer.path ? `${answer.path}: ${answer.reason}` : answer.message;
  if (valid) {
    if (source === "board") yaml.value = answer.yaml;
    else model = answer.play;
    const play = answer.summary;
    board.colours = roster.colours = Object.fromEntries(play.players.map((p) => [p.label, p.colour]));
    // A warning (a shot wide of the posts, a receive no pass serves) names its action; the play still runs.
    const warnings = (answer.warnings ?? []).map((w) => `warning: ${w.path}: ${w.message}`);
    say($("yaml-message"), [`${play.name}: ${play.attack} against ${play.defence}, ${play.players.length} players, #${play.ballHolder} has the ball.`, ...warnings].join("\n"), warnings.length ? "ok warn" : "ok");
    board.mark(null);
    roster.showFault(null);
    if (!animation.playing) animation.showStart(play.players, play.ballHolder);
  } else {
    // A play sent from the board is one line of JSON: its line number would mean nothing to the user.
    say($("yaml-message"), source === "board" && answer.path ? `${answer.path}: ${answer.reason}` : answer.message, "error");
    const where = locate(answer.path);
    board.mark(where);
    roster.showFault(where, answer.reason ?? answer.message);
    if (!where) say($("board-message"), answer.message, "error");
  }
  draw();
  document.body.dataset.checked = String(ticket);
  return valid;
}

async function save() {
  if (!(await check())) {
    // Not lost: kept as a draft, marked invalid with the server's message, to be opened again and mended.
    const name = model?.name || "play";
    keepDraft(source === "board" ? { name, source, model, error: fault } : { name, source: "yaml", text: yaml.value, error: fault });
    listDrafts();
    say($("board-message"), `Saved as a draft under Drafts (invalid: ${fault}). Fix the errors marked beside their players and actions to save it as YAML.`, "error");
    return;
  }
  const [url, init] = playRequest("/api/soccer/yaml");
  const text = await requestText(url, init);
  const name = (model?.name || "play").replace(/[^A-Za-z0-9._-]+/g, "-");
  download(`${name}.yaml`, text, "application/yaml");
  say($("board-message"), `Saved ${name}.yaml.`, "ok");
}

function listDrafts() {
  showDrafts($("drafts"), openDraft);
}

// A board draft opens back onto the board: the server gives no tree for a play it refuses, so the board must be given
// the draft's own model, or it would keep drawing the play it showed before (with the error beside the wrong action).
async function openDraft(draft) {
  if (draft.source === "board") {
    model = structuredClone(draft.model);
    source = "board";
  } else {
    yaml.value = draft.text;
    source = "yaml";
  }
  await check();
  say($("board-message"), `Opened the draft "${draft.name}".`, "");
}

function newPlay() {
  model = {
    name: "new play",
    seed: 1,
    attack: { name: "Attack", ball: 10, players: [{ number: 10, role: "midfielder", at: [50, 34] }] },
    defence: { name: "Defence", players: [{ number: 1, role: "goalkeeper", at: [102, 34] }] },
  };
  edited();
}

async function run({ varied = false } = {}) {
  const seed = $("seed").value.trim();
  const query = new URLSearchParams({ mode });
  if (seed) query.set("seed", seed);
  if (varied) query.set("varied", "true");
  if (source !== "book" && !(await check())) {
    say($("run-message"), "The play has errors (marked beside their players and actions): fix them to run it.", "error");
    return;
  }
  $("run").disabled = true;
  say($("run-message"), "Running…");
  try {
    const response = await requestJson(...playRequest("/api/soccer/run", query));
    show(response);
    say($("run-message"), "");
  } catch (error) {
    say($("run-message"), error.message, "error");
    if (source !== "book") say($("yaml-message"), error.message, "error");
  } finally {
    $("run").disabled = false;
  }
}

function show({ result, animation: frames }) {
  const o = result.outcome;
  $("outcome").className = `outcome-banner ${o.goal ? "goal" : "nogoal"}`;
  $("outcome-text").textContent = o.goal ? `GOAL for ${o.team}: #${o.scorer} scores after ${o.seconds} s (${result.mode}, seed ${result.seed})` : `No goal: ${o.reason} (${result.mode}, seed ${result.seed})`;
  $("explanation").textContent = result.explanation ?? "";
  animation.load(frames);
  events = result.events.map((e) => ({ at: e.second, text: e.text }));
  $("events").replaceChildren(...events.map((e) => {
    const item = document.createElement("li");
    item.append(Object.assign(document.createElement("span"), { className: "at", textContent: `${e.at.toFixed(2)} s` }), e.text);
    item.addEventListener("click", () => animation.seek(e.at));
    return item;
  }));
  const trace = {
    name: result.play,
    end: frames.duration,
    links: [],
    lines: result.lines.map((line, tid) => ({ tid, name: line.name, spans: line.spans })),
  };
  $("soccer-timeline").replaceChildren();
  timeline = new Timeline($("soccer-timeline"), trace, { onTime: (t) => animation.seek(t) });
  timeline.draw();
  $("play-pause").disabled = $("scrub").disabled = false;
  animation.play();
}

animation.onTime((t) => {
  const duration = animation.data?.duration ?? 0;
  $("clock").textContent = `${t.toFixed(2)} s`;
  $("scrub").value = String(duration > 0 ? Math.round((t / duration) * 1000) : 0);
  $("play-pause").textContent = animation.playing ? "Pause" : "Play";
  timeline?.mark(t);
  const phase = animation.data?.phases.find((p) => t >= p.start && t <= p.end);
  $("phase").textContent = phase ? `Phase ${phase.number}: ${phase.caption}` : "";
  const items = $("events").children;
  let current = -1;
  events.forEach((e, i) => { if (e.at <= t) current = i; });
  for (let i = 0; i < items.length; i++) {
    items[i].className = i === current ? "current past" : i < current ? "past" : "future";
  }
});

$("load-book").addEventListener("click", loadBook);
$("check").addEventListener("click", check);
$("new-play").addEventListener("click", newPlay);
for (const button of $("tools").querySelectorAll("button")) {
  button.addEventListener("click", () => {
    board.tool = button.dataset.tool;
    for (const b of $("tools").querySelectorAll("button")) b.setAttribute("aria-pressed", String(b === button));
  });
}
$("run").addEventListener("click", () => run());
new SweepPanel({
  request: (runs) => {
    const query = new URLSearchParams({ mode, runs: String(runs) });
    const seed = $("seed").value.trim();
    if (seed) query.set("seed", seed);
    const [path, init] = playRequest("/api/soccer/sweep/stream", query);
    return { path, body: init.body };
  },
  onReplay: (seed) => {
    $("seed").value = String(seed);
    run({ varied: true });
  },
});
$("play-pause").addEventListener("click", () => (animation.playing ? animation.pause() : animation.play()));
$("scrub").addEventListener("input", () => {
  animation.pause();
  animation.seek((Number($("scrub").value) / 1000) * animation.data.duration);
});
$("save-file").addEventListener("click", save);
$("open-file").addEventListener("change", async () => {
  const file = $("open-file").files[0];
  if (!file) return;
  yaml.value = await file.text();
  $("open-file").value = "";
  source = "yaml";
  await check();
});
yaml.addEventListener("input", () => {
  source = "yaml";
  later(check, 400);
});
for (const [id, value] of [["mode-concurrent", "concurrent"], ["mode-sequential", "sequential"]]) {
  $(id).addEventListener("click", () => {
    mode = value;
    $("mode-concurrent").setAttribute("aria-pressed", String(mode === "concurrent"));
    $("mode-sequential").setAttribute("aria-pressed", String(mode === "sequential"));
  });
}

listDrafts();
await loadBook();
document.body.dataset.ready = "true";
