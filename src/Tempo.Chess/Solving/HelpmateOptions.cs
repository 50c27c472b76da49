namespace Tempo.Chess.Solving;

/// <summary>Limits and choices for <see cref="HelpmateSolver.Solve"/>.</summary>
public sealed record HelpmateOptions
{
    /// <summary>List at most this many solutions (the first in the canonical order), or null for all.</summary>
    public int? MaxSolutions { get; init; }

    /// <summary>Wall-clock limit for the whole solve, or null for none.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Worker threads splitting the first moves; the answer is the same for any count.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Transposition table size in MiB.</summary>
    public int TableMegabytes { get; init; } = 64;

    /// <summary>
    /// A table to prove into (cleared first) instead of allocating one, as <see cref="MateSolverOptions.Workspace"/>: a web
    /// server's running slot passes its own. Null allocates a fresh table.
    /// </summary>
    public SolverWorkspace? Workspace { get; init; }
}
