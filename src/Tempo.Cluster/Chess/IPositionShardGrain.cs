namespace Tempo.Cluster.Chess;

/// <summary>Proves a shard of batch positions on the silo named in its key.</summary>
[Alias("Tempo.Cluster.Chess.IPositionShardGrain")]
public interface IPositionShardGrain : IGrainWithStringKey
{
    /// <summary>Solves <paramref name="jobs"/> in order, as `chess batch` does on one machine, and returns their lines.</summary>
    [Alias("SolveAsync")]
    Task<SolvedLine[]> SolveAsync(PositionJob[] jobs, BatchJobOptions options, CancellationToken cancellationToken = default);
}
