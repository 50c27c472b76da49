namespace Tempo.Chess.Solving;

/// <summary>
/// Lists every solution of a helpmate (<c>h#N</c>, <c>h#N.5</c>): the first moves are split among worker threads,
/// each searched exhaustively by a <see cref="HelpmateSearch"/>; the lists are joined in the canonical order, so the
/// answer is the same for any thread count.
/// </summary>
public static class HelpmateSolver
{
    /// <summary>
    /// Solves <paramref name="position"/> (not changed) for <paramref name="stipulation"/>. The stipulation decides who
    /// moves first (Black, or White for <c>h#N.5</c>), whatever the FEN's side to move says.
    /// </summary>
    /// <exception cref="ArgumentException">The stipulation is not a helpmate.</exception>
    /// <exception cref="FenException">The side to move cannot be set: the other side is in check.</exception>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is out of range.</exception>
    public static HelpmateResult Solve(Position position, Stipulation stipulation, HelpmateOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(position);
        options ??= new HelpmateOptions();
        if (stipulation.Kind != StipulationKind.Help)
        {
            throw new ArgumentException($"{stipulation} is not a helpmate", nameof(stipulation));
        }
        if (options.Threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Threads, "at least one thread is needed");
        }
        if (options.MaxSolutions is < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxSolutions, "at least one solution must be allowed");
        }
        var start = WithSideToMove(position, stipulation.FirstToMove);
        var control = new SearchControl(options.TimeLimit, cancellationToken);
        var table = options.Workspace?.EmptyTable(options.TableMegabytes) ?? new TranspositionTable(options.TableMegabytes);
        var rootMoves = MoveOrder.SortedLegalMoves(start);
        var split = new HelpmateRootSplit(start, rootMoves, table, control, options.Threads, options.MaxSolutions ?? int.MaxValue);
        split.Run(stipulation.HalfMoves);

        var all = new List<IReadOnlyList<Move>>();
        bool complete = !control.Stopped;
        foreach (var found in split.PerRootMove)
        {
            if (found is null)
            {
                // A first move not searched: either time ran out, or the cap was reached before it.
                break;
            }
            all.AddRange(found);
        }
        bool capped = options.MaxSolutions is { } cap && all.Count >= cap && (all.Count > cap || split.StoppedForCap);
        if (capped)
        {
            all.RemoveRange(options.MaxSolutions!.Value, all.Count - options.MaxSolutions.Value);
        }
        return new HelpmateResult
        {
            Fen = start.ToFen(),
            Stipulation = stipulation,
            Solutions = all,
            Complete = complete,
            Capped = capped,
            Nodes = split.Nodes,
            Elapsed = control.Elapsed,
            Threads = options.Threads,
        };
    }

    /// <summary>The position with <paramref name="side"/> to move (en passant dropped when the side changes).</summary>
    /// <exception cref="FenException">The other side would be in check.</exception>
    public static Position WithSideToMove(Position position, Color side)
    {
        ArgumentNullException.ThrowIfNull(position);
        if (position.SideToMove == side)
        {
            return position.Clone();
        }
        var fields = position.ToFen().Split(' ');
        fields[1] = side == Color.White ? "w" : "b";
        fields[3] = "-";
        if (!Position.TryParse(string.Join(' ', fields), out var turned, out var error))
        {
            throw new FenException($"{(side == Color.White ? "White" : "Black")} cannot move first: {error}");
        }
        return turned!;
    }
}
