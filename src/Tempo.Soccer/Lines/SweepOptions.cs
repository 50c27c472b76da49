namespace Tempo.Soccer.Lines;

/// <summary>What a sweep runs: how many variations, over how many threads, from which base seed, and how.</summary>
public sealed record SweepOptions
{
    /// <summary>How many seeded variations to run.</summary>
    public required int Runs { get; init; }

    /// <summary>Worker threads; the result is the same for any count.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>The base seed: run i plays with <see cref="PlaySweep.SeedFor"/>(seed, i).</summary>
    public required int Seed { get; init; }

    /// <summary>Run every variation with the attack's lines taking turns, as <c>soccer run --sequential</c> does.</summary>
    public bool Sequential { get; init; }

    /// <summary>Told, from any worker thread, how many runs have finished so far (for a progress bar); it must not throw.</summary>
    public IProgress<int>? Progress { get; init; }
}
