namespace Tempo.Cluster.Soccer;

/// <summary>Runs a range of a sweep's seeded variations on the silo named in its key.</summary>
[Alias("Tempo.Cluster.Soccer.ISweepShardGrain")]
public interface ISweepShardGrain : IGrainWithStringKey
{
    /// <summary>Runs <paramref name="count"/> variations from run index <paramref name="first"/>, in order.</summary>
    [Alias("RunAsync")]
    Task<RunOutcome[]> RunAsync(SweepJob job, int first, int count, CancellationToken cancellationToken = default);
}
