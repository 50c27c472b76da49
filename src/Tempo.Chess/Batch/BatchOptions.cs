namespace Tempo.Chess.Batch;

/// <summary>How <see cref="BatchSolver"/> solves each position.</summary>
public sealed record BatchOptions
{
    /// <summary>Time limit per position, or null for none.</summary>
    public TimeSpan? TimePerPosition { get; init; }

    /// <summary>Worker threads per solve.</summary>
    public int Threads { get; init; } = 1;

    /// <summary>Move limit for positions without an expected distance (and the floor for "N or more").</summary>
    public int MaxMoves { get; init; } = 8;

    /// <summary>True to prove selfmates (<c>s#N</c>) instead of directmates; each line's JSON says "stipulation": "s#N".</summary>
    public bool Selfmate { get; init; }

    /// <summary>The stipulation of every line that does not give its own (<c>--stip</c>): h#N, h#N.5 or s#N; null for directmates.</summary>
    public Solving.Stipulation? Stipulation { get; init; }

    /// <summary>Transposition table size in MiB for each solve.</summary>
    public int TableMegabytes { get; init; } = 64;

    /// <summary>Also prove Lichess puzzles without a <c>mateInN</c> theme (by default they are skipped).</summary>
    public bool ProveUnthemed { get; init; }

    /// <summary>
    /// The time limit of a puzzle without a <c>mateInN</c> theme when <see cref="TimePerPosition"/> is not set: most
    /// are not mates, and proving "no mate within <see cref="MaxMoves"/>" can take hours.
    /// </summary>
    public TimeSpan UnthemedTimeLimit { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>Told the progress of each directmate and selfmate solve (see <see cref="Solving.MateSolverOptions.Progress"/>), or null.</summary>
    public IProgress<Solving.MateProgress>? Progress { get; init; }

    /// <summary>How often <see cref="Progress"/> is told.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);
}
