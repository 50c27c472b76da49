using Tempo.Cluster.Hosting;
using Tempo.Soccer.Lines;

namespace Tempo.Cluster.Soccer;

/// <summary>The silo side of <see cref="ISweepShardGrain"/>: <see cref="PlaySweep.RunOne"/> for each index, no state kept.</summary>
[SiloPinnedPlacement]
internal sealed class SweepShardGrain : Grain, ISweepShardGrain
{
    public Task<RunOutcome[]> RunAsync(SweepJob job, int first, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var (play, scripts) = job.Resolve();
        var runs = new RunOutcome[count];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            runs[i] = RunOutcome.From(PlaySweep.RunOne(play, job.Seed, first + i, scripts, job.Sequential));
        }
        DeactivateOnIdle();
        return Task.FromResult(runs);
    }
}
