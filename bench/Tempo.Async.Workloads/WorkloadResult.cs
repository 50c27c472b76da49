namespace Tempo.Async.Workloads;

/// <summary>The outcome of one benchmark workload run.</summary>
/// <param name="Operations">How many resumptions (or messages) the run performed.</param>
/// <param name="Elapsed">Wall-clock time the run took.</param>
/// <param name="SimulatedEnd">The virtual time at which the run ended.</param>
/// <param name="Checksum">A hash of the order in which lines resumed: equal checksums mean identical schedules.</param>
public readonly record struct WorkloadResult(long Operations, TimeSpan Elapsed, TimeSpan SimulatedEnd, long Checksum)
{
    /// <summary>Operations per wall-clock second.</summary>
    public double PerSecond => Operations / Math.Max(Elapsed.TotalSeconds, 1e-9);
}
