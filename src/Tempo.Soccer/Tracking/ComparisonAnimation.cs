using System.Globalization;
using System.Net;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;
using Tempo.Timeline;

namespace Tempo.Soccer.Tracking;

/// <summary>One moment of the comparison: where the ball and each simulated player were, in the tracks and in the simulation.</summary>
/// <param name="Seconds">Seconds from the play's start.</param>
/// <param name="RealBall">The tracked ball.</param>
/// <param name="SimulatedBall">The simulated ball.</param>
/// <param name="Real">Each simulated player's tracked counterpart (null if none was matched to him).</param>
/// <param name="Simulated">Each simulated player.</param>
public sealed record ComparisonFrame(double Seconds, Vec2 RealBall, Vec2 SimulatedBall, IReadOnlyList<Vec2?> Real, IReadOnlyList<Vec2> Simulated);

/// <summary>
/// A self-contained HTML page (inline script, no network) that plays the real and the simulated play side by side,
/// two pitches on one clock, every 0.1 s of the real play: play/pause and a scrubber.
/// </summary>
public static class ComparisonAnimation
{
    /// <summary>The compared moments, as <see cref="PlayComparison.Measure"/> samples them: every 0.1 s from the start frame to the real goal (or the tracks' end).</summary>
    public static IReadOnlyList<ComparisonFrame> Frames(PlayResult result, TrackingData data, int startFrame, PlayComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(comparison);
        var last = Math.Min(data.FrameCount - 1, startFrame + (int)Math.Round(comparison.ComparedSeconds * data.FrameRate));
        var step = Math.Max(1, (int)Math.Round(data.FrameRate / 10));
        var frames = new List<ComparisonFrame>();
        for (var f = startFrame; f <= last; f += step)
        {
            var t = (f - startFrame) / data.FrameRate;
            var sim = result.FrameAt(t);
            var real = comparison.TrackOf.Select(k => k >= 0 ? data.Players[k].Positions[f] : (Vec2?)null).ToList();
            frames.Add(new ComparisonFrame(t, data.Ball[f], sim.Ball, real, [.. sim.Players]));
        }
        return frames;
    }

    /// <summary>The page: the real play on the left, the simulation on the right, the comparison's numbers under them.</summary>
    public static string Render(PlayResult result, TrackingData data, int startFrame, PlayComparison comparison)
    {
        var frames = Frames(result, data, startFrame, comparison);
        var pitch = new StringBuilder();
        PitchSvg.AppendPitch(pitch);
        var json = JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("players");
            foreach (var p in result.Players)
            {
                w.WriteStartObject();
                w.WriteString("label", p.Id.ToString());
                w.WriteString("colour", PitchSvg.ColourOf(result.Play, p));
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteStartArray("frames");
            foreach (var f in frames)
            {
                w.WriteStartObject();
                w.WriteNumber("t", Math.Round(f.Seconds, 2));
                Point(w, "realBall", f.RealBall);
                Point(w, "simBall", f.SimulatedBall);
                w.WriteStartArray("real");
                foreach (var p in f.Real)
                {
                    if (p is { } at)
                    {
                        Pair(w, at);
                    }
                    else
                    {
                        w.WriteNullValue();
                    }
                }
                w.WriteEndArray();
                w.WriteStartArray("sim");
                foreach (var p in f.Simulated)
                {
                    Pair(w, p);
                }
                w.WriteEndArray();
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"ball error median {comparison.Ball.Median:0.00} m (90th percentile {comparison.Ball.P90:0.00} m); players median {comparison.Players.Median:0.00} m; goal real {Seconds(comparison.RealGoal)}, simulated {Seconds(comparison.SimulatedGoal)}");
        return Template
            .Replace("%TITLE%", WebUtility.HtmlEncode($"{result.Play.Name}: real against simulated"), StringComparison.Ordinal)
            .Replace("%SUMMARY%", WebUtility.HtmlEncode(summary), StringComparison.Ordinal)
            .Replace("%PITCH%", pitch.ToString(), StringComparison.Ordinal)
            .Replace("%DATA%", json, StringComparison.Ordinal);
    }

    private static string Seconds(double? s) => s is { } v ? v.ToString("0.00 s", CultureInfo.InvariantCulture) : "none";

    private static void Point(System.Text.Json.Utf8JsonWriter w, string name, Vec2 p)
    {
        w.WritePropertyName(name);
        Pair(w, p);
    }

    private static void Pair(System.Text.Json.Utf8JsonWriter w, Vec2 p)
    {
        w.WriteStartArray();
        w.WriteNumberValue(Math.Round(p.X, 2));
        w.WriteNumberValue(Math.Round(PitchSvg.Y(p.Y), 2));
        w.WriteEndArray();
    }

    private const string Template = """
<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>%TITLE%</title>
<style>
body{font-family:sans-serif;margin:1em;background:#fafafa}
.pair{display:flex;gap:1em;flex-wrap:wrap}
figure{margin:0;flex:1;min-width:320px}
figcaption{font-weight:bold;margin-bottom:.3em}
svg.pitch{width:100%;background:#2e7d32;border-radius:4px}
#controls{margin:.6em 0;display:flex;gap:.6em;align-items:center}
#scrub{flex:1}
</style></head><body>
<h1>%TITLE%</h1>
<p id="summary">%SUMMARY%</p>
<div id="controls"><button id="play">Play</button><input id="scrub" type="range" min="0" value="0"><span id="clock">0.0 s</span></div>
<div class="pair">
<figure><figcaption>Real (tracking)</figcaption><svg id="real" class="pitch" viewBox="-5 -5 115 78" xmlns="http://www.w3.org/2000/svg"><g>%PITCH%</g><g class="people"></g></svg></figure>
<figure><figcaption>Simulated</figcaption><svg id="sim" class="pitch" viewBox="-5 -5 115 78" xmlns="http://www.w3.org/2000/svg"><g>%PITCH%</g><g class="people"></g></svg></figure>
</div>
<p>Each simulated player is drawn on the left where his tracked counterpart was; the white dot is the ball.</p>
<script>
const data = %DATA%;
const ns = "http://www.w3.org/2000/svg";
function draw(svg, players, ball) {
  const g = svg.querySelector(".people");
  g.replaceChildren();
  players.forEach((p, i) => {
    if (!p) return;
    const c = document.createElementNS(ns, "circle");
    c.setAttribute("cx", p[0]); c.setAttribute("cy", p[1]); c.setAttribute("r", 1.1);
    c.setAttribute("fill", data.players[i].colour); c.setAttribute("class", "player");
    const t = document.createElementNS(ns, "title"); t.textContent = data.players[i].label; c.append(t);
    g.append(c);
  });
  const b = document.createElementNS(ns, "circle");
  b.setAttribute("cx", ball[0]); b.setAttribute("cy", ball[1]); b.setAttribute("r", 0.7);
  b.setAttribute("fill", "#ffffff"); b.setAttribute("stroke", "#000000"); b.setAttribute("stroke-width", 0.2); b.setAttribute("class", "ball");
  g.append(b);
}
const scrub = document.getElementById("scrub");
scrub.max = data.frames.length - 1;
function show(k) {
  const f = data.frames[k];
  draw(document.getElementById("real"), f.real, f.realBall);
  draw(document.getElementById("sim"), f.sim, f.simBall);
  scrub.value = k;
  document.getElementById("clock").textContent = f.t.toFixed(1) + " s";
}
let timer = null;
document.getElementById("play").onclick = (e) => {
  if (timer) { clearInterval(timer); timer = null; e.target.textContent = "Play"; return; }
  e.target.textContent = "Pause";
  timer = setInterval(() => {
    const k = (Number(scrub.value) + 1) % data.frames.length;
    show(k);
  }, 100);
};
scrub.oninput = () => show(Number(scrub.value));
show(0);
</script></body></html>
""";
}
