namespace Tempo.Async;

/// <summary>Settings for a <see cref="Simulation"/>.</summary>
public sealed record SimulationOptions
{
    /// <summary>The seed of <see cref="Simulation.Random"/>; the same seed gives the same run.</summary>
    public int Seed { get; init; } = 1;

    /// <summary>Whether lines interleave or run one at a time.</summary>
    public ExecutionMode Mode { get; init; } = ExecutionMode.Concurrent;

    /// <summary>The name of the run, used as the name of <see cref="Simulation.Trace"/> and in error messages.</summary>
    public string Name { get; init; } = "simulation";

    /// <summary>Whether to record spans into <see cref="Simulation.Trace"/> (turn off for speed when nobody looks at it).</summary>
    public bool RecordTrace { get; init; } = true;

    /// <summary>The wall-clock instant that virtual time zero stands for, as reported by <see cref="TimeProvider.GetUtcNow"/>.</summary>
    public DateTimeOffset StartTime { get; init; } = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// How long one step of a line may hold the loop, in wall-clock time, before the run reports the loop as blocked
    /// (sync-over-async such as <c>.Wait()</c> or <c>.Result</c>, <c>Thread.Sleep</c>, a lock): it is reported within
    /// twice this time, naming the line and what it blocks on: the simulation's own wait it started in that step and then
    /// waited for synchronously (its timer or delay and when it is due, a resource request, a semaphore or channel taken
    /// through the simulation and who holds or feeds it), or else something the simulation does not know.
    /// <see cref="Timeout.InfiniteTimeSpan"/> turns the watch off.
    /// </summary>
    public TimeSpan ReportBlockedStepAfter { get; init; } = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Where a blocked loop is reported (one line of text); standard error when null. It is called on another thread
    /// while the loop is blocked, and must not wait for the run to end (the run's end waits for a report in progress).
    /// </summary>
    public Action<string>? OnBlockedStep { get; init; }
}
