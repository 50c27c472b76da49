namespace Tempo.Chess.Solving;

/// <summary>The outcome of <see cref="HelpmateSolver.Solve"/>: every solution found, and whether the list is complete.</summary>
public sealed class HelpmateResult
{
    /// <summary>The solved position, with the side to move the stipulation gives the first move to.</summary>
    public required string Fen { get; init; }

    /// <summary>The helpmate stipulation solved.</summary>
    public required Stipulation Stipulation { get; init; }

    /// <summary>
    /// The solutions in canonical order (move by move, UCI text), each exactly <see cref="Stipulation.HalfMoves"/>
    /// moves from <see cref="Fen"/>, the last White's mate.
    /// </summary>
    public required IReadOnlyList<IReadOnlyList<Move>> Solutions { get; init; }

    /// <summary>True when every first move was searched to the end: the list holds every solution (up to the cap).</summary>
    public required bool Complete { get; init; }

    /// <summary>The list was cut at <see cref="HelpmateOptions.MaxSolutions"/>; there may be more.</summary>
    public required bool Capped { get; init; }

    /// <summary>Positions visited.</summary>
    public required long Nodes { get; init; }

    /// <summary>Wall-clock time of the solve.</summary>
    public required TimeSpan Elapsed { get; init; }

    /// <summary>Worker threads used.</summary>
    public required int Threads { get; init; }

    /// <summary>The solutions one per line in SAN, Popeye-like (<c>1.Kd4 Rc5 2.Qe3 Rd5#</c>), then the summary line.</summary>
    public string FormatTable() => HelpmateFormatter.Table(this);

    /// <summary>The solutions as a tree: shared first moves written once, the way composers print several solutions.</summary>
    public string FormatTree() => HelpmateFormatter.Tree(this);

    /// <summary>
    /// One PGN game from <see cref="Fen"/>: the summary as a comment, the first solution as the main line, every other
    /// solution as a variation of its first move.
    /// </summary>
    public string ToPgn() => HelpmatePgnFormatter.Write(this);

    /// <summary>One line: <c>h#2: 2 solutions (complete; 1,234 nodes; 5 ms)</c>.</summary>
    public string Summary() => HelpmateFormatter.Summary(this);

    /// <summary>One JSON object: fen, stipulation, status, solutions (SAN lists), count, complete, capped, nodes, ms, threads.</summary>
    public string ToJson() => HelpmateFormatter.Json(this);
}
