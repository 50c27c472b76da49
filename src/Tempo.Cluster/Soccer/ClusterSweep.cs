using Tempo.Cluster.Hosting;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;

namespace Tempo.Cluster.Soccer;

/// <summary>
/// `soccer sweep` on a cluster: the run indexes go out in ranges of <see cref="ShardingOptions.RunsPerShard"/> to
/// <see cref="ISweepShardGrain"/>s and the runs are summed up in run order by <see cref="PlaySweep.Summarize"/>, so the
/// result is the one-machine sweep's with the same seed, byte for byte. Interrupted, it reports the unbroken prefix.
/// </summary>
public static class ClusterSweep
{
    /// <summary>Runs <paramref name="runs"/> variations of <paramref name="job"/>'s play; <paramref name="progress"/> hears the runs finished so far.</summary>
    /// <exception cref="OperationCanceledException">Cancelled before any shard came back.</exception>
    public static async Task<SweepResult> RunAsync(
        IGrainFactory grains,
        SweepJob job,
        string playName,
        int runs,
        IProgress<int>? progress = null,
        ShardingOptions? sharding = null,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(grains);
        ArgumentNullException.ThrowIfNull(job);
        ArgumentOutOfRangeException.ThrowIfLessThan(runs, 1);
        sharding ??= new ShardingOptions();
        int size = Math.Max(1, sharding.RunsPerShard);
        int shards = (runs + size - 1) / size;
        var outcomes = new List<SweepRun>(runs);
        var scheduler = new ShardScheduler(grains, sharding);
        try
        {
            await foreach (var shard in scheduler.RunInOrderAsync(
                shards,
                (key, index, token) => grains.GetGrain<ISweepShardGrain>(key).RunAsync(job, index * size, Math.Min(size, runs - (index * size)), token),
                cancellationToken).ConfigureAwait(false))
            {
                outcomes.AddRange(shard.Select(r => r.ToRun()));
                progress?.Report(outcomes.Count);
            }
        }
        catch (OperationCanceledException) when (outcomes.Count > 0)
        {
            // Keep the unbroken prefix of finished runs, as the one-machine sweep does on Ctrl-C.
        }
        return PlaySweep.Summarize(playName, job.Seed, job.Sequential, outcomes);
    }
}
