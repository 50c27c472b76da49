using System.Globalization;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;
using Tempo.Timeline;

namespace Tempo.Soccer.Lines;

/// <summary>
/// The one line that says why a sequential run differs from the concurrent one: which of the attack's actions had to
/// wait for its turn (or never came), which defenders recovered meanwhile, and how the play ended.
/// </summary>
internal static class SequentialExplanation
{
    private const int MaxRecoveries = 3;

    public static string Explain(PlayLines sequential, PlayLines concurrent)
    {
        var s = sequential.Outcome;
        var c = concurrent.Outcome;
        var attackers = sequential.Players.Where(p => p.Side == Side.Attack && (sequential.HasActed(p) || concurrent.HasActed(p))).ToList();
        var late = attackers
            .SelectMany(p => sequential.FirstActs(p).Select(a => (Player: p, a.Label, Sequential: a.Start.TotalSeconds, Concurrent: FirstStart(concurrent, p, a.Label))))
            .Where(a => a.Concurrent is not null)
            .OrderByDescending(a => a.Sequential - a.Concurrent!.Value)
            .FirstOrDefault();
        var never = attackers.Where(p => sequential.FirstActs(p).Count == 0 && concurrent.FirstActs(p).Count > 0)
            .Select(p => p.ToString()).ToList();
        var turns = late.Label is not null && late.Sequential - late.Concurrent!.Value > 0.05
            ? Invariant($"{late.Player} could start '{late.Label}' only at {late.Sequential:0.0} s instead of {late.Concurrent:0.0} s")
            : null;
        if (never.Count > 0)
        {
            turns = (turns is null ? "" : turns + " and ") + $"{string.Join(", ", never)} never got to act";
        }
        turns ??= "no action had to wait for its turn";
        var recoveries = sequential.Players
            .Where(p => p.Side == Side.Defence)
            .SelectMany(p => (sequential.Of(p) is { } line ? sequential.SpansOf(line) : [])
                .Where(a => a.State == SpanState.Running && a.Label is { } label && label.StartsWith("recover to ", StringComparison.Ordinal)).Take(1).Select(a => (Id: p, a)))
            .OrderBy(r => r.a.Start)
            .Take(MaxRecoveries)
            .Select(r => Invariant($"{r.Id} recovered {r.a.Label!["recover ".Length..]} at {r.a.Start.TotalSeconds:0.0} s"))
            .ToList();
        var meanwhile = recoveries.Count > 0 ? "meanwhile " + string.Join(", ", recoveries) : "meanwhile the defence played on";
        var result = (s.Goal, c.Goal) switch
        {
            (true, true) => $"{s.Scorer} still scores",
            (true, false) => $"{s.Scorer} scores, where the concurrent run did not ({c.Reason})",
            (false, true) => $"the goal does not come: {s.Reason}",
            (false, false) when s.Reason == c.Reason => $"it ends as the concurrent run does: {s.Reason}",
            // The sequential horizon is longer, so the two reasons name different times for the same thing.
            (false, false) when s.Kind == "horizon" && c.Kind == "horizon" => "it ends as the concurrent run does: nothing decided the play",
            (false, false) => $"the play fails as the concurrent run does, but differently: {s.Reason} (concurrently: {c.Reason})",
        };
        var sameEnd = s.Kind == "horizon" && c.Kind == "horizon";
        var timeline = sameEnd
            ? Invariant($"the timeline runs to the horizon in both ({c.Seconds:0.0} s and {s.Seconds:0.0} s, the sequential run's horizon being {PlaySimulator.SequentialHorizonFactor}x longer)")
            : s.Seconds > c.Seconds + 0.05
            ? Invariant($"the timeline stretches from {c.Seconds:0.0} s to {s.Seconds:0.0} s")
            : Math.Abs(s.Seconds - c.Seconds) <= 0.05
                ? Invariant($"the timeline is the same ({s.Seconds:0.0} s)")
                : Invariant($"the play ends at {s.Seconds:0.0} s (concurrently {c.Seconds:0.0} s)");
        return Invariant(
            $"one line of control: {Possessive(sequential.AttackName)} lines took turns, so {turns}; {meanwhile}; {timeline} and {result}.");
    }

    private static string Possessive(string name) => name.EndsWith('s') ? name + "'" : name + "'s";

    private static double? FirstStart(PlayLines lines, PlayerId id, string label) =>
        lines.FirstActs(id).Where(a => a.Label == label).Select(a => (double?)a.Start.TotalSeconds).FirstOrDefault();

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
