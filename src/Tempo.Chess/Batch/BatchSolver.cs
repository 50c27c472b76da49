using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>
/// Solves one batch position and compares it with the file. A known distance N is searched exactly up to N
/// (so "none" means no mate in N, and a shorter mate is a disagreement: a short solution); "N or more" searches
/// up to max(N, <see cref="BatchOptions.MaxMoves"/>) and agrees with any proven mate of at least N. A negative N
/// (the side to move is mated in |N|) is checked by solving every reply: status "mated" and mate −N when it holds.
/// A stipulation file's directmate line with <c>keys=uci …</c> agrees only when the keys are those and no other.
/// A Lichess puzzle without a <c>mateInN</c> theme is skipped unless <see cref="BatchOptions.ProveUnthemed"/>, and is
/// then bounded by <see cref="BatchOptions.UnthemedTimeLimit"/> when no time per position is given.
/// </summary>
public static class BatchSolver
{
    /// <summary>Solves <paramref name="entry"/> with a table of its own; never throws for bad input (the outcome carries the error).</summary>
    public static BatchOutcome Solve(BatchEntry entry, BatchOptions options, CancellationToken cancellationToken = default) =>
        Solve(entry, options, new SolverWorkspace(), cancellationToken);

    /// <summary>
    /// Solves <paramref name="entry"/> in <paramref name="workspace"/>'s table (kept from the worker's last position,
    /// cleared first); never throws for bad input (the outcome carries the error).
    /// </summary>
    public static BatchOutcome Solve(BatchEntry entry, BatchOptions options, SolverWorkspace workspace, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(workspace);
        if (entry.Position is null)
        {
            return Error(entry, entry.Error ?? $"line {entry.LineNumber}: unreadable");
        }
        if (entry.NoMateTheme && !options.ProveUnthemed)
        {
            return new BatchOutcome(entry, null, null, false) { Skipped = "no mateInN theme" };
        }
        // A line's own helpmate or selfmate, or --stip h#N; a batch-wide s#N keeps the directmate path (its distances from the file).
        if (entry.Stipulation is { Kind: not StipulationKind.Direct } own)
        {
            return StipulationSolver.Solve(entry, entry.Position, own, options, workspace, cancellationToken);
        }
        if (entry.Stipulation is null && options.Stipulation is { Kind: StipulationKind.Help } help)
        {
            return StipulationSolver.Solve(entry, entry.Position, help, options, workspace, cancellationToken);
        }
        if (entry.Expected is < 0 && !options.Selfmate)
        {
            return SolveMated(entry, entry.Position, -entry.Expected.Value, options, workspace.EmptyTable(options.TableMegabytes), cancellationToken);
        }
        int max = entry.Expected switch
        {
            null or < 0 => options.MaxMoves,
            int n when entry.ExpectedAtLeast => Math.Max(n, options.MaxMoves),
            int n => n,
        };
        max = Math.Clamp(max, 1, MateSolverOptions.MaxMovesLimit);
        var result = MateSolver.Solve(entry.Position, new MateSolverOptions
        {
            MaxMoves = max,
            Selfmate = options.Selfmate && entry.Stipulation is null,
            TimeLimit = entry.NoMateTheme ? options.TimePerPosition ?? options.UnthemedTimeLimit : options.TimePerPosition,
            Threads = options.Threads,
            MaxTreeMoves = 2_000,
            Table = workspace.EmptyTable(options.TableMegabytes),
            FindTries = false,
            Progress = options.Progress,
            ProgressInterval = options.ProgressInterval,
        }, cancellationToken);

        bool? agrees = entry.Expected switch
        {
            null => null,
            int n when entry.ExpectedAtLeast => result.Status == MateStatus.Mate && result.MateIn >= n,
            int n => result.Status == MateStatus.Mate && result.MateIn == n,
        };
        if (agrees == true && entry.ExpectedAnswer is { } answer && answer.StartsWith("keys=", StringComparison.Ordinal))
        {
            // A directmate line's keys=: every key and no other.
            agrees = StipulationSolver.SameSet(answer[5..].Split(' '), result.Keys.Select(k => k.ToUci()));
        }
        bool passed = result.Status != MateStatus.Unknown && agrees != false;
        return new BatchOutcome(entry, result, agrees, passed);
    }

    /// <summary>
    /// "The side to move is mated in N" (a negative distance): every move must allow a mate in at most N, and the
    /// longest resistance is the distance. Each reply is proven by its own solve with the opponent attacking, all into
    /// one table: the opponent attacks in each, so what one proves holds in the next.
    /// </summary>
    private static BatchOutcome SolveMated(BatchEntry entry, Position position, int expected, BatchOptions options, TranspositionTable table, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var moves = MoveOrder.SortedLegalMoves(position);
        long nodes = 0;
        int longest = 0;
        var status = MatedStatus.Mated;
        IReadOnlyList<Move> line = [];
        if (moves.Length == 0)
        {
            status = position.InCheck ? MatedStatus.Mated : MatedStatus.None;
        }
        foreach (var move in moves)
        {
            var remaining = options.TimePerPosition - watch.Elapsed;
            if (remaining is { } left && left <= TimeSpan.Zero)
            {
                status = MatedStatus.Unknown;
                break;
            }
            var child = position.Clone();
            child.MakeMove(move);
            var result = MateSolver.Solve(child, new MateSolverOptions
            {
                MaxMoves = expected,
                TimeLimit = remaining,
                Threads = options.Threads,
                BuildTree = false,
                FindTries = false,
                Table = table,
            }, cancellationToken);
            nodes += result.Nodes;
            if (result.Status != MateStatus.Mate)
            {
                status = result.Status == MateStatus.None ? MatedStatus.None : MatedStatus.Unknown;
                line = [move];
                break;
            }
            if (result.MateIn > longest)
            {
                longest = result.MateIn!.Value;
                line = [move, .. result.MainLine];
            }
        }
        bool agrees = status == MatedStatus.Mated && longest == expected;
        var proof = new MatedProof(position, status, longest, line, nodes, watch.Elapsed);
        return new BatchOutcome(entry, null, agrees, agrees) { Mated = proof };
    }

    private static BatchOutcome Error(BatchEntry entry, string message) => new(entry, null, null, false) { Error = message };
}
