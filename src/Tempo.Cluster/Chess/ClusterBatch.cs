using System.Runtime.CompilerServices;
using Tempo.Chess.Batch;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Chess;

/// <summary>
/// `chess batch` on a cluster: the positions go out in shards of <see cref="ShardingOptions.PositionsPerShard"/> to
/// <see cref="IPositionShardGrain"/>s, and their lines come back in input order, each position exactly once, the same
/// lines a one-machine batch writes (but for the measured time, <c>ms</c>).
/// </summary>
public static class ClusterBatch
{
    /// <summary>Solves <paramref name="entries"/> on the cluster behind <paramref name="grains"/>, streaming the lines in input order.</summary>
    public static async IAsyncEnumerable<SolvedLine> SolveAsync(
        IGrainFactory grains,
        IReadOnlyList<BatchEntry> entries,
        BatchOptions options,
        ShardingOptions? sharding = null,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(entries);
        ArgumentNullException.ThrowIfNull(options);
        sharding ??= new ShardingOptions();
        int size = Math.Max(1, sharding.PositionsPerShard);
        var shards = entries.Select(PositionJob.From).Chunk(size).ToArray();
        var jobOptions = BatchJobOptions.From(options);
        var scheduler = new ShardScheduler(grains, sharding);
        await foreach (var lines in scheduler.RunInOrderAsync(
            shards.Length,
            (key, shard, token) => grains.GetGrain<IPositionShardGrain>(key).SolveAsync(shards[shard], jobOptions, token),
            cancellationToken).ConfigureAwait(false))
        {
            foreach (var line in lines)
            {
                yield return line;
            }
        }
    }
}
