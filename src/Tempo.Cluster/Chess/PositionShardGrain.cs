using Tempo.Chess.Batch;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Chess;

/// <summary>The silo side of <see cref="IPositionShardGrain"/>: <see cref="BatchSolver"/> over each position, no state kept.</summary>
[SiloPinnedPlacement]
internal sealed class PositionShardGrain : Grain, IPositionShardGrain
{
    public Task<SolvedLine[]> SolveAsync(PositionJob[] jobs, BatchJobOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(jobs);
        ArgumentNullException.ThrowIfNull(options);
        var batchOptions = options.ToOptions();
        var lines = new SolvedLine[jobs.Length];
        var workspace = new BatchWorkspace();
        for (int i = 0; i < jobs.Length; i++)
        {
            var outcome = BatchSolver.Solve(jobs[i].ToEntry(), batchOptions, workspace, cancellationToken);
            lines[i] = new SolvedLine(jobs[i].LineNumber, outcome.ToJson(), outcome.Verdict, outcome.Error, outcome.OutOfTime);
        }
        // Work of one call only: free the activation at once so shards spread by key, not by leftover activations.
        DeactivateOnIdle();
        return Task.FromResult(lines);
    }
}
