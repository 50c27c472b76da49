using Tempo.Chess.Batch;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Chess;

/// <summary>The silo side of <see cref="IPositionShardGrain"/>: <see cref="BatchSolver"/> over each position in a workspace the silo keeps.</summary>
[SiloPinnedPlacement]
internal sealed class PositionShardGrain(BatchWorkspacePool workspaces, ShardLog log) : ShardGrain(log), IPositionShardGrain
{
    public Task<SolvedLine[]> SolveAsync(PositionJob[] jobs, BatchJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        var shard = jobs.Length == 0 ? "lines none" : $"lines {jobs[0].LineNumber}-{jobs[^1].LineNumber}";
        return RunOffTurnAsync("proving", "proved", shard, token => Solve(jobs, options.ToOptions(), token), cancellationToken);
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
}
