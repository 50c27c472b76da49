// The batch page: a file of positions sent to POST /api/chess/batch/stream, each proven position shown as its line
// arrives (in file order), a running tally, Cancel, and the JSONL the CLI's `tempo chess batch` writes as a download.
import { download, queuedText, streamEvents } from "./api.js";

const number = new Intl.NumberFormat("en-US");
const $ = (id) => document.getElementById(id);
const runButton = $("run"), cancelButton = $("cancel"), downloadButton = $("download");
const rows = $("results").tBodies[0];
let fileName = null; // the chosen file's name: its extension tells PGN and CSV from EPD
let jobId = null, lines = [], clock = null;

$("file").addEventListener("change", async (event) => {
  const file = event.target.files[0];
  if (!file) return;
  fileName = file.name;
  $("file-name").textContent = `${file.name} (${number.format(file.size)} bytes)`;
  $("text").value = await file.text();
});
runButton.addEventListener("click", () => run());
cancelButton.addEventListener("click", () => cancel());
downloadButton.addEventListener("click", () => download(`${(fileName ?? "pasted").replace(/\.[^.]*$/, "")}.jsonl`, lines.map((l) => l + "\n").join(""), "application/x-ndjson"));

async function run() {
  const query = new URLSearchParams();
  if (fileName) query.set("name", fileName);
  for (const name of ["time-per", "max", "threads"]) {
    const value = $(name).value.trim();
    if (value !== "") query.set(name, value);
  }
  lines = [];
  rows.replaceChildren();
  busy(true);
  say("Reading the file…", "");
  showTally({ done: 0, total: 0, passed: 0, failed: 0, outOfTime: 0 });
  let pending = null;
  try {
    await streamEvents(`/api/chess/batch/stream?${query}`, {
      body: $("text").value,
      type: "text/plain",
      onEvent: (name, data) => {
        if (name === "queued") {
          jobId = JSON.parse(data).id;
          say(queuedText(JSON.parse(data)), "");
        } else if (name === "error") {
          say(JSON.parse(data).message, "error");
        } else if (name === "started") {
          const started = JSON.parse(data);
          jobId = started.id;
          showTally({ done: 0, total: started.total, passed: 0, failed: 0, outOfTime: 0 });
          say(`Proving ${started.total} position${started.total === 1 ? "" : "s"} of ${started.name}…`, "");
        } else if (name === "working") {
          showWorking(JSON.parse(data));
        } else if (name === "position") {
          pending = data;
        } else if (name === "tally") {
          const tally = JSON.parse(data);
          showWorking(null);
          lines.push(pending);
          addRow(JSON.parse(pending), tally.verdict);
          showTally(tally);
          downloadButton.disabled = false;
        } else if (name === "done") {
          finish(JSON.parse(data));
        }
      },
    });
  } catch (error) {
    say(error.message, "error");
  } finally {
    jobId = null;
    showWorking(null);
    busy(false);
  }
}

function finish({ done, total, stopped }) {
  if (stopped === "cancel") say(`Cancelled after ${done} of ${total}: the position being proven is left out, as when Ctrl-C stops the CLI.`, "error");
  else if (stopped) say(`Stopped by the server's time cap after ${done} of ${total}.`, "error");
  else say(`Done: ${done} of ${total} proven.`, "ok");
}

async function cancel() {
  if (!jobId) return;
  cancelButton.disabled = true;
  say("Cancelling…", "");
  // 404 means the batch had just finished by itself: nothing to do.
  const response = await fetch(`/api/jobs/${jobId}/cancel`, { method: "POST" });
  await response.text();
}

const verdicts = { passed: ["passed", "good"], failed: ["failed", "bad"], outOfTime: ["out of time", "warn"], skipped: ["skipped", ""], unreadable: ["unreadable", "bad"] };

function addRow(line, verdict) {
  const row = rows.insertRow();
  row.dataset.line = line.lineNumber;
  row.dataset.verdict = verdict;
  const cell = (text, className = "") => Object.assign(row.insertCell(), { textContent: text, className });
  cell(line.lineNumber, "num");
  cell(line.id ?? "");
  cell(line.expected == null ? "–" : `${line.stipulation?.startsWith("s#") ? "s#" : "#"}${line.expected}${line.expectedAtLeast ? "+" : ""}`);
  cell(proven(line));
  cell((line.line ?? []).join(" "), "moves");
  cell(line.nodes == null ? "" : number.format(line.nodes), "num");
  cell(line.ms == null ? "" : `${(line.ms / 1000).toFixed(2)} s`, "num");
  const [text, kind] = verdicts[verdict];
  const pill = Object.assign(document.createElement("span"), { textContent: text, className: `pill ${kind}` });
  row.insertCell().append(pill);
}

function proven(line) {
  if (line.error) return line.error;
  if (line.skipped) return `skipped: ${line.skipped}`;
  if (line.status === "mate") return `mate in ${line.mate}`;
  if (line.status === "mated") return `mated in ${-line.mate}`;
  if (line.status === "none") return line.provenNoMateWithin ? `no mate in ${line.provenNoMateWithin}` : "no mate";
  return "unknown (out of time)";
}

// The position the server is proving now and how far it has got: the mate distance being tried, nodes, time.
function showWorking(working) {
  const line = $("working");
  if (!working) {
    line.textContent = "";
    delete line.dataset.index;
    return;
  }
  const { index, total, line: lineNumber, id, depth, nodes, nodesPerSecond, ms } = working;
  const which = `position ${index} of ${total} (line ${lineNumber}${id ? `, ${id}` : ""})`;
  const trying = depth > 0 ? `is there a mate in ${depth}?` : "starting";
  line.textContent = `Proving ${which}: ${trying} · ${number.format(nodes)} nodes · ${number.format(nodesPerSecond)} nodes/s · ${(ms / 1000).toFixed(1)} s`;
  line.dataset.index = index;
  line.dataset.depth = depth;
}

function showTally({ done, total, passed, failed, outOfTime }) {
  $("t-done").textContent = total ? `${done} / ${total}` : "–";
  $("t-passed").textContent = number.format(passed);
  $("t-failed").textContent = number.format(failed);
  $("t-out").textContent = number.format(outOfTime);
  $("meter-fill").style.width = total ? `${(100 * done) / total}%` : "0";
}

// The elapsed time ticks while a long position is being proven, between the server's tallies.
function busy(on) {
  $("batch-card").classList.toggle("busy", on);
  clearInterval(clock);
  if (on) {
    const start = performance.now();
    const tick = () => ($("t-elapsed").textContent = `${((performance.now() - start) / 1000).toFixed(1)} s`);
    tick();
    clock = setInterval(tick, 250);
  }
  runButton.disabled = on;
  cancelButton.disabled = !on;
}

function say(text, kind) {
  $("batch-message").textContent = text;
  $("batch-message").className = `message grow ${kind}`;
}
document.body.dataset.ready = "true";
