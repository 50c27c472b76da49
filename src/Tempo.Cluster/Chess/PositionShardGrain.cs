using Tempo.Chess.Batch;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Chess;

/// <summary>The silo side of <see cref="IPositionShardGrain"/>: <see cref="BatchSolver"/> over each position in a workspace the silo keeps.</summary>
[SiloPinnedPlacement]
internal sealed class PositionShardGrain(BatchWorkspacePool workspaces, ShardLog log) : Grain, IPositionShardGrain
{
    public async Task<SolvedLine[]> SolveAsync(PositionJob[] jobs, BatchJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        log.Write($"proving lines {Span(jobs)}");
        try
        {
            // Off the activation's scheduler: a grain's turn runs alone, so while a synchronous solve held it the
            // client's cancellation (an interleaved call to this activation) could not even be heard.
            var lines = await Task.Run(() => Solve(jobs, options.ToOptions(), cancellationToken), CancellationToken.None).ConfigureAwait(true);
            log.Write($"proved lines {Span(jobs)}");
            return lines;
        }
        catch (OperationCanceledException)
        {
            // The client gave this shard up (Ctrl-C, or it sends the shard again elsewhere): its lines are not wanted.
            log.Write($"stopped lines {Span(jobs)} (the client cancelled)");
            throw;
        }
        finally
        {
            // Work of one call only: free the activation at once so shards spread by key, not by leftover activations.
            DeactivateOnIdle();
        }
    }

    private SolvedLine[] Solve(PositionJob[] jobs, BatchOptions options, CancellationToken cancellationToken)
    {
        var lines = new SolvedLine[jobs.Length];
        var workspace = workspaces.Rent();
        try
        {
            for (int i = 0; i < jobs.Length; i++)
            {
                var outcome = BatchSolver.Solve(jobs[i].ToEntry(), options, workspace, cancellationToken);
                cancellationToken.ThrowIfCancellationRequested();
                lines[i] = new SolvedLine(jobs[i].LineNumber, outcome.ToJson(), outcome.Verdict, outcome.Error, outcome.OutOfTime);
            }
        }
        finally
        {
            workspaces.Return(workspace);
        }
        return lines;
    }

    private static string Span(PositionJob[] jobs) => jobs.Length == 0 ? "none" : $"{jobs[0].LineNumber}-{jobs[^1].LineNumber}";
}
