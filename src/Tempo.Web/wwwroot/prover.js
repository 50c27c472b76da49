// Prove: streams a solve from the server (POST /api/chess/solve/stream), shows its progress live, and cancels it
// (a Cancel request; leaving the page closes the connection, which stops the search as well).
import { queuedText, streamEvents } from "./api.js";
import { LiveTimeline } from "./live-timeline.js";

const number = new Intl.NumberFormat("en-US");

export class Prover {
  constructor({ getFen, onResult }) {
    this.getFen = getFen;
    this.onResult = onResult;
    this.card = document.getElementById("prove-card");
    this.proveButton = document.getElementById("prove");
    this.cancelButton = document.getElementById("cancel");
    this.message = document.getElementById("prove-message");
    this.jobId = null;
    this.live = new LiveTimeline(document.getElementById("live"));
    this.proveButton.addEventListener("click", () => this.prove());
    this.cancelButton.addEventListener("click", () => this.cancel());
  }

  set enabled(value) {
    if (!this.jobId) this.proveButton.disabled = !value;
  }

  async prove() {
    const body = { fen: this.getFen() };
    for (const name of ["max", "threads", "time", "line"]) {
      const value = document.getElementById(name).value.trim();
      if (value !== "") body[name] = value;
    }
    this.#busy(true);
    this.#say("Proving…", "");
    this.#show({ depth: 0, nodes: 0, nodesPerSecond: 0, ms: 0 });
    this.live.reset();
    let result = null, pgn = "";
    try {
      await streamEvents("/api/chess/solve/stream", {
        body: JSON.stringify(body),
        onEvent: (name, data) => {
          if (name === "queued") {
            this.jobId = JSON.parse(data).id;
            this.#say(queuedText(JSON.parse(data)), "");
          } else if (name === "started") {
            this.jobId = JSON.parse(data).id;
            this.#say("Proving…", "");
          } else if (name === "progress") {
            const progress = JSON.parse(data);
            this.#show(progress);
            this.live.add(progress);
          } else if (name === "result") result = JSON.parse(data);
          else if (name === "pgn") pgn = JSON.parse(data);
          else if (name === "error") this.#say(JSON.parse(data).message, "error");
        },
      });
      if (result) {
        this.#show({ depth: result.mate ?? result.searchedDepth ?? result.provenNoMateWithin, nodes: result.nodes, nodesPerSecond: result.ms > 0 ? Math.round(result.nodes * 1000 / result.ms) : 0, ms: result.ms });
        this.live.finish(result, this.cancelled);
        this.#say(this.cancelled ? "Cancelled: this is what was proven." : "", this.cancelled ? "error" : "ok");
        this.onResult(result, pgn);
      }
    } catch (error) {
      this.#say(error.message, "error");
    } finally {
      this.jobId = null;
      this.cancelled = false;
      this.#busy(false);
    }
  }

  async cancel() {
    if (!this.jobId) return;
    this.cancelled = true;
    this.cancelButton.disabled = true;
    this.#say("Cancelling…", "");
    // 404 means the solve had just finished by itself: nothing to do.
    const response = await fetch(`/api/jobs/${this.jobId}/cancel`, { method: "POST" });
    await response.text();
  }

  #busy(on) {
    this.card.classList.toggle("busy", on);
    this.proveButton.disabled = on;
    this.cancelButton.disabled = !on;
  }

  #say(text, kind) {
    this.message.textContent = text;
    this.message.className = `message grow ${kind}`;
  }

  #show({ depth, nodes, nodesPerSecond, ms }) {
    document.getElementById("p-depth").textContent = depth ? `≤ ${depth}` : "–";
    document.getElementById("p-nodes").textContent = number.format(nodes);
    document.getElementById("p-nps").textContent = number.format(nodesPerSecond);
    document.getElementById("p-elapsed").textContent = `${(ms / 1000).toFixed(1)} s`;
  }
}
