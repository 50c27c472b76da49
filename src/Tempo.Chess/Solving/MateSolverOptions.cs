namespace Tempo.Chess.Solving;

/// <summary>Limits and choices for <see cref="MateSolver.Solve"/>.</summary>
public sealed record MateSolverOptions
{
    /// <summary>The largest mate distance (in moves of the side to move) to look for; 1 to <see cref="MaxMovesLimit"/>.</summary>
    public int MaxMoves { get; init; } = 8;

    /// <summary>True to prove a selfmate (<c>s#N</c>): the side to move forces the other to mate it.</summary>
    public bool Selfmate { get; init; }

    /// <summary>True to list set play: the defender's moves in the diagram (the attacker passing) with the answers that still mate in time.</summary>
    public bool SetPlay { get; init; }

    /// <summary>Wall-clock limit for the whole solve, or null for none.</summary>
    public TimeSpan? TimeLimit { get; init; }

    /// <summary>Worker threads for the root split; the answer is the same for any count.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Transposition table size in MiB.</summary>
    public int TableMegabytes { get; init; } = 64;

    /// <summary>A table to prove into instead of a new one of <see cref="TableMegabytes"/> (the UCI engine keeps its own).</summary>
    internal TranspositionTable? Table { get; init; }

    /// <summary>
    /// A workspace whose table (of <see cref="TableMegabytes"/>, kept from its last solve and cleared first, so the answer
    /// is the same) this solve proves into instead of a new one, or null: a server or worker that solves one position
    /// after another allocates a table once. One solve at a time per workspace.
    /// </summary>
    public SolverWorkspace? Workspace { get; init; }

    /// <summary>Whether to build the full solution tree (every defence answered) after the proof.</summary>
    public bool BuildTree { get; init; } = true;

    /// <summary>Whether to list tries (first moves refuted by a single defence) after the proof.</summary>
    public bool FindTries { get; init; } = true;

    /// <summary>At most this many attacker moves in the solution tree; deeper variations are cut and flagged.</summary>
    public int MaxTreeMoves { get; init; } = 20_000;

    /// <summary>Moves to follow instead of the longest defence: defences only, or a full line starting with the attacker's move.</summary>
    public IReadOnlyList<string>? Line { get; init; }

    /// <summary>The name of the result's <see cref="MateResult.Trace"/> (default "mate solver", with the thread count).</summary>
    public string? TraceName { get; init; }

    /// <summary>Receives a <see cref="MateProgress"/> every <see cref="ProgressInterval"/> while the solve runs (on a timer thread), or null.</summary>
    public IProgress<MateProgress>? Progress { get; init; }

    /// <summary>How often <see cref="Progress"/> is told (default 200 ms).</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);

    /// <summary>The largest <see cref="MaxMoves"/> accepted.</summary>
    public const int MaxMovesLimit = 50;
}
