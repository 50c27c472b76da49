namespace Tempo.Chess.Popeye;

/// <summary>
/// A problem read from Popeye's input language (the orthodox subset): who made it, its options, and the positions
/// to solve (the diagram, or each twin).
/// </summary>
public sealed class PopeyeProblem
{
    /// <summary>The <c>remark</c> lines, in order.</summary>
    public required IReadOnlyList<string> Remarks { get; init; }

    /// <summary>The <c>author</c> lines, in order.</summary>
    public required IReadOnlyList<string> Authors { get; init; }

    /// <summary>The <c>origin</c> lines, in order.</summary>
    public required IReadOnlyList<string> Origins { get; init; }

    /// <summary>The <c>title</c> lines, in order.</summary>
    public required IReadOnlyList<string> Titles { get; init; }

    /// <summary>The diagram as entered (before any twinning), for printing.</summary>
    public required PopeyeBoard Diagram { get; init; }

    /// <summary>The positions to solve, in order: the diagram alone, or twins a), b), ….</summary>
    public required IReadOnlyList<PopeyeTwin> Twins { get; init; }

    /// <summary>Option SetPlay.</summary>
    public bool SetPlay { get; init; }

    /// <summary>Option Try (or Defence N): list tries, first moves refuted by at most <see cref="Defences"/> defences.</summary>
    public bool Tries { get; init; }

    /// <summary>Option Defence N: the most refutations a try may have (1 for option Try).</summary>
    public int Defences { get; init; } = 1;

    /// <summary>Option Variation: print the full solution tree (threats, defences), not only the keys.</summary>
    public bool Variation { get; init; }

    /// <summary>Option NoThreat: print variations without threats.</summary>
    public bool NoThreat { get; init; }

    /// <summary>Option MaxSolutions N, or null.</summary>
    public int? MaxSolutions { get; init; }

    /// <summary>Option MaxTime N (seconds), or null.</summary>
    public TimeSpan? MaxTime { get; init; }

    /// <summary>The line of the file where the problem begins.</summary>
    public required int Line { get; init; }
}
