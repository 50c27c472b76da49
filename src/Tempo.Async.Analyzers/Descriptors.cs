using Microsoft.CodeAnalysis;

namespace Tempo.Async.Analyzers;

/// <summary>The diagnostics of code that runs on a Tempo.Async line of control; docs/analyzers.md has one section per ID.</summary>
public static class Descriptors
{
    /// <summary>Where each ID's section of docs/analyzers.md is published.</summary>
    public const string HelpBase = "https://github.com/tempo-dotnet/tempo/blob/main/docs/analyzers.md#";

    private const string Category = "Tempo.Determinism";

    /// <summary>TEMPO001: Task.Run / Task.Factory.StartNew.</summary>
    public static readonly DiagnosticDescriptor TaskRun = Create(
        "TEMPO001",
        "Task.Run leaves the line of control",
        "'{0}' in line '{1}' runs its work on the thread pool, outside the simulation's clock and order: await the work directly, or start another line with Simulation.Start");

    /// <summary>TEMPO002: ConfigureAwait(false).</summary>
    public static readonly DiagnosticDescriptor ConfigureAwaitFalse = Create(
        "TEMPO002",
        "ConfigureAwait(false) loses the line of control",
        "'{0}' in line '{1}' resumes off the line, which loses its identity and its trace: remove it and await the task as it is");

    /// <summary>TEMPO003: blocking on a task or a semaphore.</summary>
    public static readonly DiagnosticDescriptor BlockingWait = Create(
        "TEMPO003",
        "A blocking wait stops the simulation",
        "'{0}' in line '{1}' blocks the simulation's only thread, so what it waits for can never happen: await it instead");

    /// <summary>TEMPO004: Thread.Sleep.</summary>
    public static readonly DiagnosticDescriptor ThreadSleep = Create(
        "TEMPO004",
        "Thread.Sleep blocks the simulation on wall-clock time",
        "'{0}' in line '{1}' blocks the simulation's thread on the wall clock: await Task.Delay(delay, sim.TimeProvider) or sim.DelayAsync(delay) instead");

    /// <summary>TEMPO005: Monitor or Lock held across an await.</summary>
    public static readonly DiagnosticDescriptor LockAcrossAwait = Create(
        "TEMPO005",
        "A lock is held across an await",
        "'{0}' in line '{1}' is still held at a later await: every line runs on the same thread, so another line re-enters it while this one waits; release it before the await, or use a SemaphoreSlim taken with semaphore.WaitAsync(sim, ct) and released with semaphore.Release(sim)");

    /// <summary>TEMPO006: DateTime.Now and friends.</summary>
    public static readonly DiagnosticDescriptor WallClock = Create(
        "TEMPO006",
        "The wall clock is not the simulation's clock",
        "'{0}' in line '{1}' reads the wall clock: read the virtual clock with sim.TimeProvider.GetUtcNow() (or sim.Now for the time since the start)");

    /// <summary>TEMPO007: Stopwatch.</summary>
    public static readonly DiagnosticDescriptor Stopwatch = Create(
        "TEMPO007",
        "Stopwatch measures wall-clock time",
        "'{0}' in line '{1}' measures wall-clock time: use sim.TimeProvider.GetTimestamp() and GetElapsedTime(), or sim.Now");

    /// <summary>TEMPO008: unseeded Random or Random.Shared.</summary>
    public static readonly DiagnosticDescriptor UnseededRandom = Create(
        "TEMPO008",
        "Unseeded randomness changes from run to run",
        "'{0}' in line '{1}' is seeded differently on every run: draw from the simulation's seeded sim.Random, or from new Random(seed) with a seed derived from it");

    /// <summary>TEMPO009: Parallel.For / ForEach / Invoke.</summary>
    public static readonly DiagnosticDescriptor ParallelLoop = Create(
        "TEMPO009",
        "Parallel runs work on the thread pool",
        "'{0}' in line '{1}' runs its body on thread-pool threads, outside the simulation: start one line per item with Simulation.Start (or a scope) and await them");

    /// <summary>TEMPO010: a constant delay with a fraction of a millisecond given to an API that drops it.</summary>
    public static readonly DiagnosticDescriptor InexactDelay = Create(
        "TEMPO010",
        "A delay that is not a whole number of milliseconds loses its fraction",
        "'{0}' in line '{1}' is given {2}, and .NET {3} before the simulation's TimeProvider sees it: await sim.DelayAsync(delay, ct) (or sim.SleepAsync), which is exact to the tick");

    /// <summary>TEMPO011: a SemaphoreSlim or a Channel awaited behind the simulation's back.</summary>
    public static readonly DiagnosticDescriptor UnwatchedWait = Create(
        "TEMPO011",
        "A semaphore or channel wait the simulation cannot name",
        "'{0}' in line '{1}' is not seen by the simulation, so a deadlock through this {2} cannot name it nor the lines on its other side: {3}");

    private static DiagnosticDescriptor Create(string id, string title, string message) =>
        new(id, title, message, Category, DiagnosticSeverity.Warning, isEnabledByDefault: true,
            description: title + ".", helpLinkUri: HelpBase + id.ToLowerInvariant());
}
