// The soccer page: load or write a play file, run it concurrently or sequentially, watch it with its lines of
// control and its event log in step.
import { requestJson, requestText, download } from "./api.js";
import { PitchAnimation } from "./animation.js";
import { Timeline } from "./timeline.js";
import { SweepPanel } from "./sweep.js";

const $ = (id) => document.getElementById(id);
const yaml = $("yaml");
let mode = "concurrent";
let source = "book"; // "book" (the chapter's play with its C# scripts) or "text" (what the editor holds)
let timeline = null;
let events = [];

const animation = new PitchAnimation($("pitch"), await requestText("/api/soccer/pitch.svg"));

function say(element, text, kind = "") {
  element.textContent = text;
  element.className = `message ${kind}`;
}

async function loadBook() {
  yaml.value = await requestText("/api/soccer/book");
  source = "book";
  await check();
}

async function check() {
  try {
    const play = await requestJson("/api/soccer/validate", { method: "POST", body: yaml.value, type: "application/yaml" });
    say($("yaml-message"), `${play.name}: ${play.attack} against ${play.defence}, ${play.players.length} players, #${play.ballHolder} has the ball.`, "ok");
    if (!animation.playing) animation.showStart(play.players, play.ballHolder);
    return true;
  } catch (error) {
    say($("yaml-message"), error.message, "error");
    return false;
  }
}

async function run({ varied = false } = {}) {
  const seed = $("seed").value.trim();
  const query = new URLSearchParams({ mode });
  if (seed) query.set("seed", seed);
  if (varied) query.set("varied", "true");
  if (source === "book") query.set("play", "book");
  $("run").disabled = true;
  say($("run-message"), "Running…");
  try {
    const response = await requestJson(`/api/soccer/run?${query}`, source === "book" ? { method: "POST" } : { method: "POST", body: yaml.value, type: "application/yaml" });
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
$("run").addEventListener("click", () => run());
new SweepPanel({
  request: (runs) => {
    const query = new URLSearchParams({ mode, runs: String(runs) });
    const seed = $("seed").value.trim();
    if (seed) query.set("seed", seed);
    if (source === "book") query.set("play", "book");
    return { path: `/api/soccer/sweep/stream?${query}`, body: source === "book" ? undefined : yaml.value };
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
$("save-file").addEventListener("click", () => download("play.yaml", yaml.value, "application/yaml"));
$("open-file").addEventListener("change", async () => {
  const file = $("open-file").files[0];
  if (!file) return;
  yaml.value = await file.text();
  source = "text";
  await check();
});
yaml.addEventListener("input", () => (source = "text"));
for (const [id, value] of [["mode-concurrent", "concurrent"], ["mode-sequential", "sequential"]]) {
  $(id).addEventListener("click", () => {
    mode = value;
    $("mode-concurrent").setAttribute("aria-pressed", String(mode === "concurrent"));
    $("mode-sequential").setAttribute("aria-pressed", String(mode === "sequential"));
  });
}

await loadBook();
document.body.dataset.ready = "true";
