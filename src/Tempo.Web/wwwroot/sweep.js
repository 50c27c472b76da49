// Sweep: many seeded variations of the play (POST /api/soccer/sweep/stream), with live progress and a live chart of
// the goal rate with its 95 % interval, Cancel, how often it scores and the ways it fails, each with a run to replay.
import { queuedText, streamEvents } from "./api.js";
import { RateChart } from "./rate-chart.js";

const $ = (id) => document.getElementById(id);
const percent = (x) => `${(x * 100).toFixed(1)} %`;

export class SweepPanel {
  /** @param {{request: (runs: number) => {path: string, body: string|undefined}, onReplay: (seed: number) => void}} options */
  constructor({ request, onReplay }) {
    this.request = request;
    this.onReplay = onReplay;
    this.jobId = null;
    this.chart = new RateChart($("sweep-chart"));
    $("sweep").addEventListener("click", () => this.start());
    $("sweep-cancel").addEventListener("click", () => this.cancel());
  }

  async start() {
    const runs = Number($("sweep-runs").value) || 500;
    const { path, body } = this.request(runs);
    $("sweep").disabled = true;
    $("sweep-cancel").disabled = false;
    $("sweep-result").replaceChildren();
    $("sweep-live").textContent = "";
    this.chart.start(runs);
    this.#say("Starting…", "");
    try {
      await streamEvents(path, {
        body: body ?? "",
        type: "application/yaml",
        onEvent: (name, data) => {
          const event = JSON.parse(data);
          if (name === "queued") {
            this.jobId = event.id;
            this.#say(queuedText(event), "");
          } else if (name === "started") {
            this.jobId = event.id;
            this.#say("Running…", "");
          }
          else if (name === "progress") {
            this.#progress(event.done, event.runs, event.ms);
            this.#rate(event.inOrder, event.goals, event.ci95);
          }
          else if (name === "result") this.#result(event);
          else if (name === "error") this.#say(event.message, "error");
        },
      });
    } catch (error) {
      this.#say(error.message, "error");
    } finally {
      this.jobId = null;
      $("sweep").disabled = false;
      $("sweep-cancel").disabled = true;
    }
  }

  async cancel() {
    if (!this.jobId) return;
    $("sweep-cancel").disabled = true;
    const response = await fetch(`/api/jobs/${this.jobId}/cancel`, { method: "POST" });
    await response.text();
  }

  #progress(done, runs, ms) {
    $("sweep-bar").style.width = `${(100 * done) / runs}%`;
    this.#say(`${done.toLocaleString("en-US")} of ${runs.toLocaleString("en-US")} runs · ${(ms / 1000).toFixed(1)} s`, "");
  }

  /** The chart's newest point and its caption: the goal rate of the first `runs` runs, as `soccer sweep --runs` gives it. */
  #rate(runs, goals, [low, high]) {
    if (runs === 0) return;
    this.chart.add(runs, goals, low, high);
    $("sweep-live").textContent = `Goal rate after ${runs.toLocaleString("en-US")} runs: ${percent(goals / runs)} (95 % interval ${percent(low)}–${percent(high)})`;
  }

  #result(r) {
    this.#progress(r.runs, r.requestedRuns, 0);
    this.#rate(r.runs, r.goals, r.ci95);
    this.#say(r.runs < r.requestedRuns ? `Stopped after ${r.runs} of ${r.requestedRuns} runs.` : "", "");
    const head = Object.assign(document.createElement("p"), { className: "sweep-rate" });
    head.textContent = `Scores in ${r.goals} of ${r.runs} runs: ${percent(r.rate)} (95 % interval ${percent(r.ci95[0])}–${percent(r.ci95[1])})`;
    const list = document.createElement("ul");
    list.className = "failures";
    for (const f of r.failures) {
      const item = document.createElement("li");
      const replay = Object.assign(document.createElement("button"), { type: "button", className: "small", textContent: "replay" });
      replay.title = `seed ${f.exampleSeed} with the same variation`;
      replay.addEventListener("click", () => this.onReplay(f.exampleSeed));
      item.append(`${f.way}: ${f.count} (${percent(f.count / r.runs)}) `, replay);
      list.append(item);
    }
    $("sweep-result").replaceChildren(head, list);
  }

  #say(text, kind) {
    $("sweep-message").textContent = text;
    $("sweep-message").className = `message ${kind}`;
  }
}
