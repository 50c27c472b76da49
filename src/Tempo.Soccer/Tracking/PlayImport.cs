using System.Globalization;
using System.Text;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>A play file made from tracking data, and what was inferred to make it.</summary>
/// <param name="Yaml">The play file's text (docs/play-file.md).</param>
/// <param name="StartFrame">The tracking frame the play starts at (the first frame an attacker controls the ball).</param>
/// <param name="Shirts">The shirt number each tracked player got in the play (by index into <see cref="TrackingData.Players"/>; null if left out).</param>
/// <param name="Events">The events inferred from the tracks, from the start frame on.</param>
/// <param name="Report">One line per inferred event, with its time, how sure the inference is and why.</param>
public sealed record PlayImport(string Yaml, int StartFrame, IReadOnlyList<int?> Shirts, IReadOnlyList<TrackedEvent> Events, IReadOnlyList<string> Report);

/// <summary>
/// Turns tracking data into a play: everyone's place at the first frame an attacker controls the ball, that attacker as
/// the ball holder, and each attacker's script from his track: runs (one waypoint a second while he moves, waits while
/// he stands), <c>receive</c> when a pass to him is played, a dribble while he carries the ball, then his pass or shot.
/// Defenders get behaviours: the goalkeeper, a marker who stays by one attacker, the presser nearest the ball, guards.
/// </summary>
public static class PlayImporter
{
    private const double Chunk = 1.0;
    private const double MovedMetres = 1.5;
    private const double DribbleMetres = 3.0;
    private const double MarkMetres = 4.0;

    /// <summary>Metres from the ball within which a defender may be its presser: the model's own press radius (a guard steps out to a holder within it).</summary>
    private const double PressMetres = 9.0;

    /// <summary>Share of the play's frames in which a marker's man is the attacker nearest him (three in four: more often than not, by a margin).</summary>
    private const double MarkShare = 0.75;

    /// <summary>Seconds of holding the ball after taking a pass from which the importer writes the hold as a wait (a 4-frame touch is noise).</summary>
    private const double HoldSeconds = 0.2;

    /// <summary>Makes the play; <paramref name="name"/> names it.</summary>
    public static PlayImport Import(TrackingData data, string name)
    {
        ArgumentNullException.ThrowIfNull(data);
        var (all, goalFrame) = TrackInference.Infer(data);
        var first = TrackInference.FirstAttackControl(data, all)
            ?? throw new TrackingFileException(data.Source, 0, "no attacker ever controls the ball: there is no play to make");
        var start = first.Frame;
        var end = goalFrame ?? data.FrameCount - 1;
        var events = all.Where(e => e.Frame >= start).ToList();
        var shirts = AssignShirts(data, start);
        var lofts = events.Where(e => e.Kind == TrackedEventKind.Pass).ToDictionary(e => e, e => LoftInference.Infer(data, e));
        // The rolling ball's deceleration is fitted on the passes that stayed on the ground.
        var deceleration = KickFit.BallDeceleration(data, events.Where(e => !lofts.TryGetValue(e, out var v) || v.Height == PassHeight.Ground));
        var physics = new PhysicsParameters();
        physics = physics with { BallDeceleration = deceleration ?? physics.BallDeceleration };
        var yaml = new StringBuilder();
        PlayYamlText.AppendHeader(
            yaml,
            [
                string.Create(CultureInfo.InvariantCulture, $"Made by `tempo soccer import {data.Source} --format lastrow` from frame {start} ({data.TimeOf(start):0.00} s), when the attack first controls the ball."),
                "Positions are turned so that the attack plays towards x = 105; scripts are inferred from the tracks.",
            ],
            name,
            string.Create(CultureInfo.InvariantCulture, $"Imported from {Path.GetFileName(data.Source)}, frames {start}-{end}."),
            Math.Max(5, ((end - start) / data.FrameRate) + 5));
        if (deceleration is { } a)
        {
            yaml.AppendLine("# The ball's deceleration on this clip's passes (median least-squares slope of the ball's speed in flight); each");
            yaml.AppendLine("# pass's and the shot's speed makes the ball arrive when the real one did, each dribble's effort takes its real time.");
            yaml.AppendLine("physics:");
            yaml.AppendLine(CultureInfo.InvariantCulture, $"  ball_deceleration: {F(a)}");
        }
        yaml.AppendLine("attack:");
        yaml.AppendLine("  name: Attack");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  ball: {shirts[first.Player]}");
        yaml.AppendLine("  players:");
        for (var i = 0; i < data.Players.Count; i++)
        {
            if (data.Players[i].Side == Side.Attack && shirts[i] is { } n)
            {
                PlayYamlText.AppendAttacker(yaml, n, data.Players[i].Positions[start], Script(data, i, start, end, events, shirts, physics, lofts));
            }
        }
        yaml.AppendLine("defence:");
        yaml.AppendLine("  name: Defence");
        yaml.AppendLine("  players:");
        var keeper = Keeper(data, start);
        var presser = Presser(data, keeper, start, end);
        for (var i = 0; i < data.Players.Count; i++)
        {
            if (data.Players[i].Side == Side.Defence && shirts[i] is { } n)
            {
                var behaviour = i == keeper ? "" : i == presser ? ", behaviour: press" : Marks(data, i, start, end, shirts) is { } m ? $", behaviour: mark, mark: {m}" : ", behaviour: guard";
                yaml.AppendLine(CultureInfo.InvariantCulture, $"    - {{number: {n}, role: {(i == keeper ? "goalkeeper" : "defender")}, at: {P(data.Players[i].Positions[start])}{behaviour}}}");
            }
        }
        var report = events.Select(e => Describe(data, e, start, shirts, lofts.GetValueOrDefault(e))).ToList();
        return new PlayImport(yaml.ToString(), start, shirts, events, report);
    }

    /// <summary>An attacker's script: runs and waits while he is off the ball, receive, dribble, pass or shoot when he has it.</summary>
    private static List<string> Script(TrackingData data, int player, int start, int end, List<TrackedEvent> events, int?[] shirts, PhysicsParameters physics, Dictionary<TrackedEvent, LoftVerdict> lofts)
    {
        var script = new List<string>();
        var track = data.Players[player].Positions;
        var free = start;
        var wait = 0.0;
        var received = false;
        foreach (var e in events.Where(e => e.Kind != TrackedEventKind.Goal))
        {
            if (e.Kind == TrackedEventKind.Pass && e.Other == player && e.Player != player)
            {
                OffBall(free, e.Frame);
                script.Add("receive");
                free = e.EndFrame;
                received = true;
            }
            else if (e.Player == player && e.Kind == TrackedEventKind.Control)
            {
                if (e.Frame > free)
                {
                    OffBall(free, e.Frame);
                }
                var carried = data.Ball[e.EndFrame] - data.Ball[e.Frame];
                var held = (e.EndFrame - e.Frame) / data.FrameRate;
                if (carried.Length >= DribbleMetres)
                {
                    // Still running when he plays the ball: he carries it through the point and passes on the move.
                    var through = SpeedAt(e.EndFrame) >= MovedMetres / Chunk;
                    var carry = track[e.Frame].DistanceTo(track[e.EndFrame]);
                    var effort = through ? KickFit.CarryThroughEffort(carry, held, e.Frame <= start ? 0 : SpeedAt(e.Frame), physics) : KickFit.CarryEffort(carry, held, physics);
                    script.Add($"dribble: {P(track[e.EndFrame])}" + (effort < 1 ? $"\n          effort: {F(effort)}" : "") + (through ? "\n          through: true" : ""));
                }
                else if (received && held >= HoldSeconds)
                {
                    // The first touch: he takes the ball and plays it on as late as the real one did.
                    script.Add($"wait: {{seconds: {F(held)}}}");
                }
                free = e.EndFrame;
                received = false;
            }
            else if (e.Player == player && e.Kind == TrackedEventKind.Pass)
            {
                // A lofted pass is written with its height and no speed: the model then lands it on its target.
                var speed = lofts[e].Height is var h && h != PassHeight.Ground
                    ? $"\n          height: {h.ToString().ToLowerInvariant()}"
                    : $"\n          speed: {F(KickFit.KickSpeed(e.At.DistanceTo(e.To), (e.EndFrame - e.Frame) / data.FrameRate, physics.BallDeceleration))}";
                script.Add(e.Other is { } o && data.Players[o].Side == Side.Attack && shirts[o] is { } n && o != player
                    ? $"pass: {n}\n          at: {P(e.To)}{speed}"
                    : $"pass: {P(e.To)}{speed}");
                free = e.Frame;
            }
            else if (e.Player == player && e.Kind == TrackedEventKind.Shot)
            {
                var y = Math.Clamp(e.To.Y, 0, Pitch.Width);
                var shotSpeed = KickFit.KickSpeed(e.At.DistanceTo(e.To), (e.EndFrame - e.Frame) / data.FrameRate, physics.BallDeceleration);
                script.Add($"shoot: [105, {F(y)}]\n          speed: {F(shotSpeed)}");
                return script;
            }
        }
        OffBall(free, end);
        return script;

        void OffBall(int from, int to)
        {
            var step = (int)Math.Round(Chunk * data.FrameRate);
            // A point a second, and the last frame before what comes next (a pass to him is played then: he is on his way).
            var samples = new List<int>();
            for (var f = from + step; f <= to; f += step)
            {
                samples.Add(f);
            }
            if (to > (samples.Count > 0 ? samples[^1] : from))
            {
                samples.Add(to);
            }
            var (last, lastFrame) = (track[from], from);
            for (var k = 0; k < samples.Count; k++)
            {
                var f = samples[k];
                var seconds = (f - lastFrame) / data.FrameRate;
                var moved = track[f].DistanceTo(last);
                if (moved < MovedMetres * seconds / Chunk)
                {
                    wait += seconds;
                    lastFrame = f;
                    continue;
                }
                // The effort that covers the real distance in the real time from his speed where the leg starts (the
                // simulated player is at rest at the play's start and after a wait, else running as the real one was).
                var effort = KickFit.RunEffort(moved, seconds, wait > 0 || lastFrame <= start ? 0 : SpeedAt(lastFrame), physics);
                if (wait > 0)
                {
                    script.Add($"wait: {{seconds: {F(wait)}}}");
                    wait = 0;
                }
                // A waypoint: he runs through it at speed while he keeps moving (into the next second, or at the pass).
                var next = Math.Min(f + step, data.FrameCount - 1);
                var through = next > f && track[next].DistanceTo(track[f]) >= MovedMetres * (next - f) / (Chunk * data.FrameRate);
                script.Add($"run: {P(track[f])}" + (effort < 0.999 ? $"\n          effort: {F(effort)}" : "") + (through ? "\n          through: true" : ""));
                (last, lastFrame) = (track[f], f);
            }
            wait = 0;
        }

        double SpeedAt(int f) => f < 2 ? 0 : track[f].DistanceTo(track[f - 2]) * data.FrameRate / 2;
    }

    /// <summary>Shirts from the file where it gives them (once per team), else the lowest free numbers; the defending goalkeeper gets 1 if free.</summary>
    private static int?[] AssignShirts(TrackingData data, int start)
    {
        var shirts = new int?[data.Players.Count];
        var keeper = Keeper(data, start);
        foreach (var side in new[] { Side.Attack, Side.Defence })
        {
            var team = Enumerable.Range(0, data.Players.Count).Where(i => data.Players[i].Side == side)
                .OrderBy(i => data.Players[i].Positions[start].DistanceTo(data.Ball[start])).Take(11).ToList();
            var used = new HashSet<int>();
            foreach (var i in team)
            {
                if (data.Players[i].Shirt is { } s && used.Add(s))
                {
                    shirts[i] = s;
                }
            }
            if (side == Side.Defence && keeper >= 0 && shirts[keeper] is null && used.Add(1))
            {
                shirts[keeper] = 1;
            }
            var next = 2;
            foreach (var i in team.Where(i => shirts[i] is null))
            {
                while (!used.Add(next))
                {
                    next++;
                }
                shirts[i] = next;
            }
        }
        return shirts;
    }

    private static int Keeper(TrackingData data, int start) => Enumerable.Range(0, data.Players.Count)
        .Where(i => data.Players[i].Side == Side.Defence)
        .OrderBy(i => data.Players[i].Positions[start].DistanceTo(Pitch.AttackedGoal)).FirstOrDefault(-1);

    /// <summary>
    /// The defender who goes to the ball: of the outfield defenders within <see cref="PressMetres"/> of it at the start,
    /// the one whose distance from it shrinks most over the first second; none if every one of them drops off. The
    /// nearest at the start is not enough: Real-Barcelona's nearest (3.5 m) turned away, 9.8 m farther a second on, while
    /// the one 6.1 m away closed 2.3 m on the receiver.
    /// </summary>
    private static int Presser(TrackingData data, int keeper, int start, int end)
    {
        var later = Math.Min(end, start + (int)Math.Round(Chunk * data.FrameRate));
        double Closing(int i) => data.Players[i].Positions[start].DistanceTo(data.Ball[start]) - data.Players[i].Positions[later].DistanceTo(data.Ball[later]);
        return Enumerable.Range(0, data.Players.Count)
            .Where(i => data.Players[i].Side == Side.Defence && i != keeper && data.Players[i].Positions[start].DistanceTo(data.Ball[start]) <= PressMetres && Closing(i) > 0)
            .OrderByDescending(Closing).FirstOrDefault(-1);
    }

    /// <summary>
    /// The attacker a defender marks, if any: the one nearest him in at least <see cref="MarkShare"/> of the play's frames,
    /// whose median distance from him is within <see cref="MarkMetres"/> (he stays with one man rather than with a zone).
    /// </summary>
    private static int? Marks(TrackingData data, int defender, int start, int end, int?[] shirts)
    {
        var attackers = Enumerable.Range(0, data.Players.Count).Where(a => data.Players[a].Side == Side.Attack && shirts[a] is not null).ToList();
        if (attackers.Count == 0)
        {
            return null;
        }
        var frames = Enumerable.Range(start, end - start + 1).ToList();
        var track = data.Players[defender].Positions;
        var (man, count) = frames.GroupBy(f => attackers.MinBy(a => data.Players[a].Positions[f].DistanceTo(track[f])))
            .Select(g => (g.Key, g.Count())).MaxBy(g => g.Item2);
        var distances = frames.Select(f => data.Players[man].Positions[f].DistanceTo(track[f])).Order().ToList();
        return count >= MarkShare * frames.Count && distances[distances.Count / 2] <= MarkMetres ? shirts[man] : null;
    }

    private static string Describe(TrackingData data, TrackedEvent e, int start, int?[] shirts, LoftVerdict? loft)
    {
        string Who(int i) => i < 0 ? "" : (data.Players[i].Side == Side.Attack ? "#" : "opp#") + (shirts[i]?.ToString(CultureInfo.InvariantCulture) ?? "?");
        var what = e.Kind switch
        {
            TrackedEventKind.Control => $"{Who(e.Player)} controls the ball{((e.To - e.At).Length >= DribbleMetres ? $" and dribbles to {e.To}" : "")}",
            TrackedEventKind.Pass => $"{Who(e.Player)} passes to {(e.Other is { } o ? Who(o) : "space")}",
            TrackedEventKind.Shot => $"{Who(e.Player)} shoots",
            _ => "GOAL",
        };
        var height = loft is null ? "" : string.Create(CultureInfo.InvariantCulture, $"; height {loft.Height.ToString().ToLowerInvariant()} (sure {loft.Confidence:0.00}: {loft.Why})");
        return string.Create(CultureInfo.InvariantCulture, $"{(e.Frame - start) / data.FrameRate,6:0.00} s  frame {e.Frame,4}  {what}  (sure {e.Confidence:0.00}: {e.Why}){height}");
    }

    private static string F(double v) => PlayYamlText.F(v);

    private static string P(Vec2 p) => PlayYamlText.P(p);
}
