using Tempo.Cluster.Hosting;
using Tempo.Soccer.Lines;

namespace Tempo.Cluster.Soccer;

/// <summary>The silo side of <see cref="ISweepShardGrain"/>: <see cref="PlaySweep.RunOne"/> for each index, no state kept.</summary>
[SiloPinnedPlacement]
internal sealed class SweepShardGrain(ShardLog log) : Grain, ISweepShardGrain
{
    public async Task<RunOutcome[]> RunAsync(SweepJob job, int first, int count, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(job);
        var span = count == 0 ? "none" : $"{first}-{first + count - 1}";
        log.Write($"running runs {span}");
        try
        {
            // Off the activation's scheduler, as the chess shards: while a synchronous sweep held the activation's only
            // turn, the client's cancellation (an interleaved call) could not be heard and the silo ran on.
            var runs = await Task.Run(() => Run(job, first, count, cancellationToken), CancellationToken.None).ConfigureAwait(true);
            log.Write($"ran runs {span}");
            return runs;
        }
        catch (OperationCanceledException)
        {
            log.Write($"stopped runs {span} (the client cancelled)");
            throw;
        }
        finally
        {
            DeactivateOnIdle();
        }
    }

    private static RunOutcome[] Run(SweepJob job, int first, int count, CancellationToken cancellationToken)
    {
        var (play, scripts) = job.Resolve();
        var runs = new RunOutcome[count];
        for (int i = 0; i < count; i++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            runs[i] = RunOutcome.From(PlaySweep.RunOne(play, job.Seed, first + i, scripts, job.Sequential));
        }
        return runs;
    }
}
