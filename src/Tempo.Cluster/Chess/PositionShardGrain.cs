using Tempo.Chess.Batch;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Chess;

/// <summary>The silo side of <see cref="IPositionShardGrain"/>: <see cref="BatchSolver"/> over each position in a workspace the silo keeps.</summary>
[SiloPinnedPlacement]
internal sealed class PositionShardGrain(BatchWorkspacePool workspaces) : Grain, IPositionShardGrain
{
    public Task<SolvedLine[]> SolveAsync(PositionJob[] jobs, BatchJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        var batchOptions = options.ToOptions();
        var lines = new SolvedLine[jobs.Length];
        var workspace = workspaces.Rent();
        try
        {
            for (int i = 0; i < jobs.Length; i++)
            {
                var outcome = BatchSolver.Solve(jobs[i].ToEntry(), batchOptions, workspace, cancellationToken);
                lines[i] = new SolvedLine(jobs[i].LineNumber, outcome.ToJson(), outcome.Verdict, outcome.Error, outcome.OutOfTime);
            }
        }
        finally
        {
            workspaces.Return(workspace);
        }
        // Work of one call only: free the activation at once so shards spread by key, not by leftover activations.
        DeactivateOnIdle();
        return Task.FromResult(lines);
    }
}
