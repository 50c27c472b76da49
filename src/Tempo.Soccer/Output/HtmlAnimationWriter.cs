using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;
using Tempo.Timeline;

namespace Tempo.Soccer.Output;

/// <summary>
/// A self-contained HTML page (inline CSS and JavaScript, no network) that animates a play:
/// play/pause, a scrubber, and under the pitch the timeline of every line of control that acted.
/// Open it with <c>#t=5.0</c> to start at 5 s.
/// </summary>
public static class HtmlAnimationWriter
{
    /// <summary>The page for one run of a play.</summary>
    public static string Render(PlayResult result)
    {
        var pitch = new StringBuilder();
        PitchSvg.AppendPitch(pitch);
        var title = WebUtility.HtmlEncode($"{result.Play.Name} — {result.FormatOutcome()}");
        return Template
            .Replace("%TITLE%", title, StringComparison.Ordinal)
            .Replace("%PITCH%", pitch.ToString(), StringComparison.Ordinal)
            .Replace("%LEGEND%", Legend(result.Play), StringComparison.Ordinal)
            .Replace("%DATA%", Data(result), StringComparison.Ordinal);
    }

    private static string Legend(Play play)
    {
        var sb = new StringBuilder();
        foreach (var (side, name) in new[] { (Side.Attack, play.AttackName), (Side.Defence, play.DefenceName) })
        {
            var sample = new PlayerSpec { Id = new PlayerId(side, 1), Role = Role.Midfielder, Start = default };
            sb.Append(CultureInfo.InvariantCulture, $"<span class=\"key\"><span class=\"swatch\" style=\"background:{PitchSvg.ColourOf(play, sample)}\"></span>{WebUtility.HtmlEncode(name)} ({(side == Side.Attack ? "attack" : "defence")})</span>");
        }
        sb.Append("<span class=\"key\"><span class=\"swatch ball\"></span>ball</span>");
        return sb.ToString();
    }

    // Default options: this JSON sits inside a <script>, so HTML-sensitive characters stay escaped.
    private static string Data(PlayResult result) => JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteString("outcome", result.FormatOutcome());
            w.WriteString("explanation", result.Explanation);
            w.WriteNumber("duration", Math.Round(result.Outcome.Seconds, 3));
            AnimationJson.WritePlayers(w, result);
            AnimationJson.WriteFrames(w, result);
            w.WriteStartArray("lines");
            foreach (var line in result.Lines)
            {
                w.WriteStartObject();
                w.WriteString("name", line.Name);
                w.WriteStartArray("spans");
                foreach (var s in result.ViewSpans(line))
                {
                    w.WriteStartArray();
                    w.WriteNumberValue(Math.Round(s.Start, 3));
                    w.WriteNumberValue(Math.Round(s.End, 3));
                    w.WriteStringValue(s.Label);
                    w.WriteBooleanValue(s.Waiting);
                    w.WriteEndArray();
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("events");
            foreach (var e in result.Events)
            {
                w.WriteStartArray();
                w.WriteNumberValue(Math.Round(e.Time, 3));
                w.WriteStringValue(e.Text);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteStartArray("phases");
            foreach (var ph in result.Phases)
            {
                w.WriteStartArray();
                w.WriteNumberValue(Math.Round(ph.Start, 3));
                w.WriteNumberValue(Math.Round(ph.End, 3));
                w.WriteStringValue(ph.Caption);
                w.WriteEndArray();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });

    private const string Template = """
<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>%TITLE%</title>
<style>
body { font-family: sans-serif; margin: 12px; background: #f4f4f0; color: #111; }
#pitch { width: 920px; height: 610px; display: block; background: #2e7d32; }
#controls { margin: 8px 0; display: flex; gap: 10px; align-items: center; width: 920px; }
#scrub { flex: 1; }
#clock { font-family: monospace; width: 80px; }
#timeline { width: 920px; display: block; background: #ffffff; border: 1px solid #ccc; }
#log { font-family: monospace; font-size: 12px; white-space: pre; width: 920px; height: 120px; overflow: auto; background: #fff; border: 1px solid #ccc; margin-top: 6px; }
#legend { display: flex; gap: 16px; font-size: 13px; margin: 4px 0; }
#legend .swatch { display: inline-block; width: 12px; height: 12px; border-radius: 6px; border: 1px solid #555; margin-right: 4px; vertical-align: middle; }
#legend .swatch.ball { background: #ffffff; border-color: #000; }
#outcome { font-weight: bold; margin: 4px 0; }
</style>
</head>
<body>
<div id="outcome"></div>
<svg id="pitch" viewBox="-5 -5 115 78" xmlns="http://www.w3.org/2000/svg"><g id="markings">%PITCH%</g><g id="trails"></g><g id="people"></g></svg>
<div id="legend">%LEGEND%</div>
<div id="controls"><button id="play" type="button">Pause</button><input id="scrub" type="range" min="0" max="1000" value="0"><span id="clock">0.00 s</span></div>
<svg id="timeline" xmlns="http://www.w3.org/2000/svg"></svg>
<div id="log"></div>
<script>
"use strict";
const DATA = %DATA%;
const NS = "http://www.w3.org/2000/svg";
const W = 68;
const people = document.getElementById("people");
const markers = [];
function el(name, attrs, parent) {
  const e = document.createElementNS(NS, name);
  for (const k in attrs) e.setAttribute(k, attrs[k]);
  if (parent) parent.appendChild(e);
  return e;
}
DATA.players.forEach(function (p) {
  const g = el("g", { "class": "player " + p.side, "data-label": p.label }, people);
  el("circle", { r: 1.3, fill: p.colour, stroke: "#ffffff", "stroke-width": 0.2 }, g);
  const t = el("text", { y: 0.55, "font-size": 1.5, "text-anchor": "middle", fill: p.numberColour || "#ffffff", "font-weight": "bold" }, g);
  t.textContent = String(p.number);
  markers.push(g);
});
const shadow = el("ellipse", { "class": "ball-shadow", rx: 0.6, ry: 0.35, fill: "#000000", opacity: 0 }, people);
const ball = el("circle", { "class": "ball", r: 0.55, fill: "#ffffff", stroke: "#000000", "stroke-width": 0.15 }, people);
const heightLabel = el("text", { "class": "ball-height", "font-size": 1.6, fill: "#ffffff", stroke: "#000000", "stroke-width": 0.05 }, people);
function heightAt(t) {
  const hs = DATA.ballHeights;
  if (!hs) { return 0; }
  let lo = 0, hi = frames.length - 1;
  while (lo < hi - 1) { const mid = (lo + hi) >> 1; if (frames[mid][0] <= t) lo = mid; else hi = mid; }
  const a = frames[lo][0], b = frames[hi][0];
  const k = b > a ? Math.min(1, Math.max(0, (t - a) / (b - a))) : 0;
  return hs[lo] + (hs[hi] - hs[lo]) * k;
}
const duration = DATA.duration;
const frames = DATA.frames;
function sample(t) {
  let lo = 0, hi = frames.length - 1;
  while (lo < hi - 1) { const mid = (lo + hi) >> 1; if (frames[mid][0] <= t) lo = mid; else hi = mid; }
  const a = frames[lo], b = frames[hi];
  const k = b[0] > a[0] ? Math.min(1, Math.max(0, (t - a[0]) / (b[0] - a[0]))) : 0;
  return a.map(function (v, i) { return i === 0 ? t : v + (b[i] - v) * k; });
}
const timeline = document.getElementById("timeline");
const rowH = 18, left = 70, tw = 920 - left - 10;
timeline.setAttribute("height", String(DATA.lines.length * rowH + 24));
timeline.setAttribute("viewBox", "0 0 920 " + (DATA.lines.length * rowH + 24));
function tx(t) { return left + (duration > 0 ? t / duration : 0) * tw; }
DATA.lines.forEach(function (line, r) {
  const y = r * rowH + 4;
  const label = el("text", { x: 4, y: y + 12, "font-size": 11 }, timeline);
  label.textContent = line.name;
  line.spans.forEach(function (s) {
    const colour = r === 0 ? "#fbc02d" : (s[3] ? "#f59e0b" : "#4caf50");
    const rect = el("rect", { "class": "span", x: tx(s[0]), y: y, width: Math.max(1, tx(s[1]) - tx(s[0])), height: rowH - 5, fill: colour, stroke: "#ffffff", "stroke-width": 0.5 }, timeline);
    const tip = el("title", {}, rect);
    tip.textContent = line.name + " " + s[0].toFixed(2) + "–" + s[1].toFixed(2) + " s: " + (s[3] ? "waiting for " : "") + s[2];
    // The label in the bar itself where it fits (about 5.5 px per character at this size).
    const room = tx(s[1]) - tx(s[0]) - 6;
    const text = (s[3] ? "wait: " : "") + s[2];
    if (room >= 30) {
      const inside = el("text", { "class": "span-label", x: tx(s[0]) + 3, y: y + 10, "font-size": 9, fill: "#1b1b1b" }, timeline);
      inside.textContent = text.length * 5.5 <= room ? text : text.slice(0, Math.max(1, Math.floor(room / 5.5) - 1)) + "…";
    }
  });
});
for (let s = 0; s <= Math.floor(duration); s++) {
  const tick = el("text", { x: tx(s), y: DATA.lines.length * rowH + 18, "font-size": 9, "text-anchor": "middle" }, timeline);
  tick.textContent = s + "s";
}
const cursor = el("line", { x1: left, x2: left, y1: 0, y2: DATA.lines.length * rowH + 6, stroke: "#d62828", "stroke-width": 1.5 }, timeline);
document.getElementById("outcome").textContent = DATA.outcome + (DATA.explanation ? " — " + DATA.explanation : "");
const scrub = document.getElementById("scrub");
const clock = document.getElementById("clock");
const log = document.getElementById("log");
const button = document.getElementById("play");
let now = 0, playing = true, last = null;
function show(t) {
  now = Math.max(0, Math.min(duration, t));
  const f = sample(now);
  // A ball in the air: its shadow on the grass, the ball drawn above it (half its height) and its height in metres.
  const z = heightAt(now);
  shadow.setAttribute("cx", f[1].toFixed(2));
  shadow.setAttribute("cy", (W - f[2]).toFixed(2));
  shadow.setAttribute("opacity", z > 0.05 ? "0.45" : "0");
  ball.setAttribute("cx", f[1].toFixed(2));
  ball.setAttribute("cy", (W - f[2] - z / 2).toFixed(2));
  heightLabel.setAttribute("x", (f[1] + 0.9).toFixed(2));
  heightLabel.setAttribute("y", (W - f[2] - z / 2 - 0.6).toFixed(2));
  heightLabel.textContent = z > 0.3 ? z.toFixed(1) + " m" : "";
  markers.forEach(function (g, i) {
    g.setAttribute("transform", "translate(" + f[3 + 2 * i].toFixed(2) + "," + (W - f[4 + 2 * i]).toFixed(2) + ")");
  });
  cursor.setAttribute("x1", tx(now)); cursor.setAttribute("x2", tx(now));
  scrub.value = String(duration > 0 ? Math.round(now / duration * 1000) : 0);
  clock.textContent = now.toFixed(2) + " s";
  log.textContent = DATA.events.filter(function (e) { return e[0] <= now + 1e-6; }).map(function (e) { return e[0].toFixed(2).padStart(6) + "  " + e[1]; }).join("\n");
  document.body.setAttribute("data-time", now.toFixed(2));
}
function tick(stamp) {
  if (playing) {
    if (last !== null) show(now + (stamp - last) / 1000);
    last = stamp;
    if (now >= duration) { playing = false; button.textContent = "Play"; }
  } else { last = null; }
  requestAnimationFrame(tick);
}
button.addEventListener("click", function () {
  if (!playing && now >= duration) show(0);
  playing = !playing; button.textContent = playing ? "Pause" : "Play";
});
scrub.addEventListener("input", function () { playing = false; button.textContent = "Play"; show(Number(scrub.value) / 1000 * duration); });
timeline.addEventListener("click", function (e) {
  const box = timeline.getBoundingClientRect();
  playing = false; button.textContent = "Play";
  show((e.clientX - box.left - left) / tw * duration);
});
const m = /t=([0-9.]+)/.exec(location.hash);
if (m) { playing = false; button.textContent = "Play"; show(Number(m[1])); } else { show(0); }
requestAnimationFrame(tick);
document.body.setAttribute("data-ready", "1");
</script>
</body>
</html>
""";
}
