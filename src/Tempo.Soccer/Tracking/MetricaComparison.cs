using System.Globalization;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// A simulated play measured against the Metrica events of the goal it was made from: where the simulated ball is at
/// each moment the events place the real one (every pass's start and end, the shot's start and where it crossed the
/// line), when the goal came in each, and whether the same passes, shot and goal happened in the same order. Events place
/// no one else, so players' paths are not measured.
/// </summary>
/// <param name="Ball">The ball's position error over the event points.</param>
/// <param name="Points">How many event points were compared.</param>
/// <param name="RealGoal">When the real shot crossed the line, seconds from the move's start.</param>
/// <param name="SimulatedGoal">When the simulated goal came, or null.</param>
/// <param name="RealEvents">The real passes, shot and goal as tokens.</param>
/// <param name="SimulatedEvents">The simulation's.</param>
public sealed record MetricaComparison(PathError Ball, int Points, double RealGoal, double? SimulatedGoal, IReadOnlyList<string> RealEvents, IReadOnlyList<string> SimulatedEvents)
{
    /// <summary>Whether both made the same passes, shot and goal in the same order.</summary>
    public bool SameOrder => RealEvents.SequenceEqual(SimulatedEvents);

    /// <summary>Measures a run of the play made from <paramref name="move"/>.</summary>
    public static MetricaComparison Measure(PlayResult result, MetricaMove move)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(move);
        var (crossing, lineSeconds) = move.GoalLineCrossing();
        var points = new List<(double Seconds, Vec2 At)>();
        foreach (var e in move.Passes)
        {
            points.Add((e.StartSeconds - move.StartSeconds, e.Start!.Value));
            points.Add((e.EndSeconds - move.StartSeconds, e.End!.Value));
        }
        points.Add((move.Shot.StartSeconds - move.StartSeconds, move.Shot.Start!.Value));
        points.Add((lineSeconds, crossing));
        var errors = points.Select(p => result.FrameAt(p.Seconds).Ball.DistanceTo(p.At)).ToList();
        var real = move.Passes.Select(e => PlayComparison.Token(TrackedEventKind.Pass, Who(e.From), Who(e.To)))
            .Append(PlayComparison.Token(TrackedEventKind.Shot, Who(move.Shot.From), null))
            .Append(PlayComparison.Token(TrackedEventKind.Goal, null, null))
            .ToList();
        return new MetricaComparison(PlayComparison.Error("ball", errors), points.Count, lineSeconds,
            result.Outcome.Goal ? result.Outcome.Seconds : null, real, PlayComparison.SimulatedTokens(result));

        static PlayerId Who(string player) => new(Side.Attack, MetricaMove.Number(player));
    }

    /// <summary>The comparison in a few lines of text.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(CultureInfo.InvariantCulture, $"ball position error at the {Points} points the events place it: median {Ball.Median:0.00} m, 90th percentile {Ball.P90:0.00} m");
        sb.AppendLine(SimulatedGoal is { } s
            ? string.Create(CultureInfo.InvariantCulture, $"goal: real {RealGoal:0.00} s, simulated {s:0.00} s ({s - RealGoal:+0.00;-0.00} s)")
            : string.Create(CultureInfo.InvariantCulture, $"goal: real {RealGoal:0.00} s, no goal in the simulation"));
        sb.AppendLine($"events, real:      {string.Join(", ", RealEvents)}");
        sb.AppendLine($"events, simulated: {string.Join(", ", SimulatedEvents)}");
        sb.Append($"same events in the same order: {(SameOrder ? "yes" : "no")}");
        return sb.ToString();
    }
}
