using Tempo.Cluster.Hosting;
using Tempo.Soccer.Lines;

namespace Tempo.Cluster.Soccer;

/// <summary>The silo side of <see cref="ISweepShardGrain"/>: <see cref="PlaySweep.RunOne"/> for each index, no state kept.</summary>
[SiloPinnedPlacement]
internal sealed class SweepShardGrain(SweepPlayCache plays, ShardLog log) : ShardGrain(log), ISweepShardGrain
{
    public Task<RunOutcome[]> RunAsync(SweepJob job, int first, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var shard = count == 0 ? "runs none" : $"runs {first}-{first + count - 1}";
        return RunOffTurnAsync("running", "ran", shard, token => Run(job, first, count, token), cancellationToken);
    }

    private RunOutcome[] Run(SweepJob job, int first, int count, CancellationToken cancellationToken)
    {
        var (play, scripts) = plays.Resolve(job);
        var runs = new RunOutcome[count];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            runs[i] = RunOutcome.From(PlaySweep.RunOne(play, job.Seed, first + i, scripts, job.Sequential));
        }
        return runs;
    }
}
