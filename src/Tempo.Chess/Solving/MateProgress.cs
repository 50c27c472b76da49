namespace Tempo.Chess.Solving;

/// <summary>A snapshot of a running solve, reported through <see cref="MateSolverOptions.Progress"/>.</summary>
/// <param name="Depth">The mate distance being proven (mate in ≤ Depth?); 0 before the first iteration.</param>
/// <param name="Nodes">Positions searched so far by all workers (read without locking: a close figure, not an exact one).</param>
/// <param name="Elapsed">Wall-clock time since the solve started.</param>
public readonly record struct MateProgress(int Depth, long Nodes, TimeSpan Elapsed)
{
    /// <summary>Nodes per second so far (0 in the first millisecond).</summary>
    public long NodesPerSecond => Elapsed.TotalMilliseconds < 1 ? 0 : (long)(Nodes / Elapsed.TotalSeconds);
}
