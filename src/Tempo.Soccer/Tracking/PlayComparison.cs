using System.Globalization;
using System.Text;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;

namespace Tempo.Soccer.Tracking;

/// <summary>How far a player's (or the ball's) simulated path is from the real one over the play.</summary>
/// <param name="Label">"ball", or the player ("#10", "opp#4").</param>
/// <param name="Median">Median distance (metres) between simulated and real position over the compared frames.</param>
/// <param name="P90">90th percentile of that distance (metres).</param>
public sealed record PathError(string Label, double Median, double P90);

/// <summary>
/// A simulated play measured against the real tracks it was made from: the ball's and each player's position error
/// over time, when the goal came in each, and whether the same events happened in the same order. The simulation's
/// frame at each tenth of a second of the real play (its last frame once it has ended) is compared with the tracking
/// frame at the same time from the play's start frame; each
/// simulated player is the tracked player of his team who stood nearest his starting place.
/// </summary>
public sealed record PlayComparison(
    PathError Ball,
    PathError Players,
    IReadOnlyList<PathError> EachPlayer,
    double ComparedSeconds,
    double? RealGoal,
    double? SimulatedGoal,
    IReadOnlyList<string> RealEvents,
    IReadOnlyList<string> SimulatedEvents,
    IReadOnlyList<int> TrackOf)
{
    /// <summary>Whether both made the same passes, shots and goal in the same order.</summary>
    public bool SameOrder => RealEvents.SequenceEqual(SimulatedEvents);

    /// <summary>Measures a run of the play made from (or for) the tracks, which start at <paramref name="startFrame"/>.</summary>
    public static PlayComparison Measure(PlayResult result, TrackingData data, int startFrame)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        var trackOf = MatchPlayers(result, data, startFrame);
        var ball = new List<double>();
        var everyone = new List<double>();
        var each = result.Players.Select(_ => new List<double>()).ToArray();
        var (events, goalFrame) = TrackInference.Infer(data);
        // Over the whole real play (to the goal, or the end of the tracks), every 0.1 s: a simulation that ended sooner
        // stands where it ended, so a play that breaks down early is not measured only while it went well.
        var last = goalFrame ?? data.FrameCount - 1;
        var step = Math.Max(1, (int)Math.Round(data.FrameRate / 10));
        for (var f = startFrame; f <= last; f += step)
        {
            var frame = result.FrameAt((f - startFrame) / data.FrameRate);
            ball.Add(frame.Ball.DistanceTo(data.Ball[f]));
            for (var i = 0; i < result.Players.Count; i++)
            {
                if (trackOf[i] >= 0)
                {
                    var d = frame.Players[i].DistanceTo(data.Players[trackOf[i]].Positions[f]);
                    each[i].Add(d);
                    everyone.Add(d);
                }
            }
        }
        var compared = (last - startFrame) / data.FrameRate;
        var shirtOfTrack = new Dictionary<int, PlayerId>();
        for (var i = 0; i < trackOf.Length; i++)
        {
            if (trackOf[i] >= 0)
            {
                shirtOfTrack[trackOf[i]] = result.Players[i].Id;
            }
        }
        var real = events.Where(e => e.Frame >= startFrame && e.Kind != TrackedEventKind.Control)
            .Select(e => Token(e.Kind, shirtOfTrack.GetValueOrDefault(e.Player), e.Other is { } o && data.Players[o].Side == Side.Attack ? shirtOfTrack.GetValueOrDefault(o) : null))
            .ToList();
        var simulated = SimulatedTokens(result);
        return new PlayComparison(
            Error("ball", ball),
            Error("all players", everyone),
            [.. result.Players.Select((p, i) => Error(p.Id.ToString(), each[i])).Where(e => !double.IsNaN(e.Median))],
            compared,
            goalFrame is { } g ? (g - startFrame) / data.FrameRate : null,
            result.Outcome.Goal ? result.Outcome.Seconds : null,
            real,
            simulated,
            trackOf);
    }

    /// <summary>The comparison in a few lines of text.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"compared over the real play's {ComparedSeconds:0.0} s, every 0.1 s (after the simulated play ends, its last frame stands)");
        sb.AppendLine(CultureInfo.InvariantCulture, $"ball position error:    median {Ball.Median:0.00} m, 90th percentile {Ball.P90:0.00} m");
        sb.AppendLine(CultureInfo.InvariantCulture, $"player position error:  median {Players.Median:0.00} m, 90th percentile {Players.P90:0.00} m (all {EachPlayer.Count} players)");
        foreach (var p in EachPlayer.Where(p => p.Label.StartsWith('#')))
        {
            sb.AppendLine(CultureInfo.InvariantCulture, $"  {p.Label,-6} median {p.Median:0.00} m, 90th percentile {p.P90:0.00} m");
        }
        var goal = (RealGoal, SimulatedGoal) switch
        {
            ({ } r, { } s) => string.Create(CultureInfo.InvariantCulture, $"real {r:0.00} s, simulated {s:0.00} s ({s - r:+0.00;-0.00} s)"),
            ({ } r, null) => string.Create(CultureInfo.InvariantCulture, $"real {r:0.00} s, no goal in the simulation"),
            (null, { } s) => string.Create(CultureInfo.InvariantCulture, $"no goal in the tracks, simulated {s:0.00} s"),
            _ => "no goal in either",
        };
        sb.AppendLine($"goal: {goal}");
        sb.AppendLine($"events, real:      {string.Join(", ", RealEvents)}");
        sb.AppendLine($"events, simulated: {string.Join(", ", SimulatedEvents)}");
        sb.Append($"same events in the same order: {(SameOrder ? "yes" : "no")}");
        return sb.ToString();
    }

    /// <summary>The simulation's passes, shots and goal as tokens ("pass #10→#9", "shot #10", "goal").</summary>
    internal static List<string> SimulatedTokens(PlayResult result) =>
        [.. result.Events.Where(e => e.Type is PlayEventType.Pass or PlayEventType.Shot or PlayEventType.Goal)
            .Select(e => Token(e.Type switch { PlayEventType.Pass => TrackedEventKind.Pass, PlayEventType.Shot => TrackedEventKind.Shot, _ => TrackedEventKind.Goal },
                e.Player, e.Recipient is { Side: Side.Attack } r ? r : null))];

    /// <summary>A real or simulated event as a token ("pass #10→#9", "shot #10", "goal").</summary>
    internal static string Token(TrackedEventKind kind, PlayerId? who, PlayerId? to) => kind switch
    {
        TrackedEventKind.Pass => to is { } t ? $"pass {who}→{t}" : $"pass {who}",
        TrackedEventKind.Shot => $"shot {who}",
        _ => "goal",
    };

    /// <summary>For each simulated player, the tracked player of his team nearest his start (each track used once; -1 if none is left).</summary>
    private static int[] MatchPlayers(PlayResult result, TrackingData data, int startFrame)
    {
        var trackOf = Enumerable.Repeat(-1, result.Players.Count).ToArray();
        var pairs = new List<(double D, int Player, int Track)>();
        for (var i = 0; i < result.Players.Count; i++)
        {
            for (var t = 0; t < data.Players.Count; t++)
            {
                if (data.Players[t].Side == result.Players[i].Id.Side)
                {
                    pairs.Add((result.Players[i].Start.DistanceTo(data.Players[t].Positions[startFrame]), i, t));
                }
            }
        }
        var used = new HashSet<int>();
        foreach (var (_, player, track) in pairs.OrderBy(p => p.D).ThenBy(p => p.Player).ThenBy(p => p.Track))
        {
            if (trackOf[player] < 0 && used.Add(track))
            {
                trackOf[player] = track;
            }
        }
        return trackOf;
    }

    internal static PathError Error(string label, List<double> distances)
    {
        if (distances.Count == 0)
        {
            return new PathError(label, double.NaN, double.NaN);
        }
        var sorted = distances.Order().ToArray();
        return new PathError(label, Stats.Percentile(sorted, 0.5), Stats.Percentile(sorted, 0.9));
    }
}
