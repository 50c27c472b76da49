using System.Globalization;

namespace Tempo.Chess.Solving;

/// <summary>A snapshot of a running solve, reported through <see cref="MateSolverOptions.Progress"/>.</summary>
/// <param name="Depth">The mate distance being proven (mate in ≤ Depth?); 0 before the first iteration.</param>
/// <param name="Nodes">Positions searched so far by all workers (read without locking: a close figure, not an exact one).</param>
/// <param name="Elapsed">Wall-clock time since the solve started.</param>
public readonly record struct MateProgress(int Depth, long Nodes, TimeSpan Elapsed)
{
    /// <summary>Nodes per second so far (0 in the first millisecond).</summary>
    public long NodesPerSecond => Elapsed.TotalMilliseconds < 1 ? 0 : (long)(Nodes / Elapsed.TotalSeconds);

    /// <summary>First moves of the diagram already proven or refuted at <see cref="Depth"/>.</summary>
    public int RootMovesDone { get; init; }

    /// <summary>First moves of the diagram (legal moves of the side to move).</summary>
    public int RootMoves { get; init; }

    /// <summary>
    /// The line the first worker is searching (UCI moves from the diagram, the first move first), or empty: what the
    /// proof is busy with. It is read while the worker runs, so it is a hint for the eye, not a proven line.
    /// </summary>
    public IReadOnlyList<string> Line { get; init; } = [];

    /// <summary>One line for a terminal: <c>mate in 7? first moves 3/20, 12,345,678 nodes, 1,234,567 nodes/s, 10.0 s; line e1d2 f5e4</c>.</summary>
    public string Describe()
    {
        var text = new System.Text.StringBuilder();
        text.Append(CultureInfo.InvariantCulture, $"mate in {Depth}? ");
        if (RootMoves > 0)
        {
            text.Append(CultureInfo.InvariantCulture, $"first moves {RootMovesDone}/{RootMoves}, ");
        }
        text.Append(CultureInfo.InvariantCulture, $"{Nodes:N0} nodes, {NodesPerSecond:N0} nodes/s, {Elapsed.TotalSeconds:F1} s");
        if (Line.Count > 0)
        {
            text.Append("; line ").AppendJoin(' ', Line);
        }
        return text.ToString();
    }
}
