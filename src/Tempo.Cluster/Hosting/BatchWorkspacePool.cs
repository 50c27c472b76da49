using System.Collections.Concurrent;
using Tempo.Chess.Solving;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// A silo's batch workspaces, one per shard running at once, kept from shard to shard so that a silo allocates a
/// table per core it uses rather than per shard.
/// </summary>
internal sealed class BatchWorkspacePool
{
    private readonly ConcurrentBag<SolverWorkspace> _idle = [];

    /// <summary>An idle workspace, or a new one when every kept one is in use.</summary>
    public SolverWorkspace Rent() => _idle.TryTake(out var workspace) ? workspace : new SolverWorkspace();

    /// <summary>Gives <paramref name="workspace"/> back for the next shard.</summary>
    public void Return(SolverWorkspace workspace) => _idle.Add(workspace);
}
