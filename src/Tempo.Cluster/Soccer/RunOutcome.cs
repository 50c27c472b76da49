using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;

namespace Tempo.Cluster.Soccer;

/// <summary>A <see cref="SweepRun"/> as it comes back from a silo.</summary>
[GenerateSerializer, Immutable]
public sealed record RunOutcome(
    [property: Id(0)] bool Goal,
    [property: Id(1)] int? Scorer,
    [property: Id(2)] double Seconds,
    [property: Id(3)] string Way)
{
    /// <summary>The travelling form of <paramref name="run"/>.</summary>
    public static RunOutcome From(SweepRun run) => new(run.Goal, run.Scorer, run.Seconds, run.Way);

    /// <summary>The run again.</summary>
    public SweepRun ToRun() => new(Goal, Scorer, Seconds, Way);
}
