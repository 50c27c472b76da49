namespace Tempo.Soccer.Lines;

/// <summary>How to run a play: the seed (null keeps the play's own) and whether its lines run one at a time.</summary>
public sealed record RunOptions
{
    /// <summary>The seed of the run's random source; null keeps the play's own.</summary>
    public int? Seed { get; init; }

    /// <summary>Run the same lines of control with Tempo.Async's sequential mode: each line runs to completion before the next starts.</summary>
    public bool Sequential { get; init; }

    /// <summary>When sequential, also run the concurrent play to explain what changed (one line in <see cref="Output.PlayResult.Explanation"/>).</summary>
    public bool Explain { get; init; } = true;
}
