namespace Tempo.Chess.Popeye;

/// <summary>
/// The order in which Popeye 4.104 tries, and so prints, the moves of a position, so that <c>--format popeye</c> can be
/// compared with Popeye's output line by line. Popeye generates each piece's moves from h8 back to a1, each piece's
/// directions in a fixed order and each line from near to far, then tries the last generated first: the pieces come out
/// from a1 to h8 and a piece's lines from far to near. A move that must mate at once (a directmate's or helpmate's last
/// move) comes from a generator of checking moves that walks the board from a1 instead, so those pieces come out from
/// h8 to a1, and a pawn's captures before its steps. Promotions are tried queen, knight, rook, bishop.
/// (Observed on Popeye's output; the direction tables are the ones its output shows.)
/// </summary>
internal static class PopeyeMoveOrder
{
    // Each list is in Popeye's generation order; the rook's then the bishop's lines make the queen's and king's.
    private static readonly (int File, int Rank)[] Lines =
        [(1, 0), (0, 1), (-1, 0), (0, -1), (-1, 1), (1, 1), (1, -1), (-1, -1)];

    private static readonly (int File, int Rank)[] KnightJumps =
        [(-2, 1), (-1, 2), (1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1)];

    /// <summary>The legal moves of <paramref name="position"/> in the order Popeye tries them.</summary>
    public static Move[] Legal(Position position) => Sorted(position, LegalMoves(position), mating: false);

    /// <summary>
    /// <paramref name="moves"/> (moves of <paramref name="position"/>) in Popeye's order: of the checking-move generator
    /// when <paramref name="mating"/> (the move must mate at once), else of its ordinary one.
    /// </summary>
    public static Move[] Sorted(Position position, IEnumerable<Move> moves, bool mating)
    {
        ArgumentNullException.ThrowIfNull(position);
        var sorted = moves.ToArray();
        var keys = sorted.Select(m => Key(position, m, mating)).ToArray();
        Array.Sort(keys, sorted);
        return sorted;
    }

    /// <summary>
    /// Helpmate solutions (each from <paramref name="start"/>) in the order Popeye finds them: by the first move in its
    /// order, then the second, …; the last move, the mate, in the checking-move order.
    /// </summary>
    public static IReadOnlyList<IReadOnlyList<Move>> Solutions(Position start, IReadOnlyList<IReadOnlyList<Move>> solutions)
    {
        ArgumentNullException.ThrowIfNull(start);
        var keyed = solutions.Select(solution =>
        {
            var keys = new long[solution.Count];
            var position = start.Clone();
            for (int i = 0; i < solution.Count; i++)
            {
                keys[i] = Key(position, solution[i], mating: i == solution.Count - 1);
                position.MakeMove(solution[i]);
            }
            return (Solution: solution, Keys: keys);
        }).ToList();
        keyed.Sort((a, b) =>
        {
            for (int i = 0; i < Math.Min(a.Keys.Length, b.Keys.Length); i++)
            {
                int order = a.Keys[i].CompareTo(b.Keys[i]);
                if (order != 0)
                {
                    return order;
                }
            }
            return a.Keys.Length.CompareTo(b.Keys.Length);
        });
        return keyed.Select(k => k.Solution).ToList();
    }

    /// <summary>Smaller keys are tried first: the piece's square, then its lines last generated first, then the promotion.</summary>
    private static long Key(Position position, Move move, bool mating)
    {
        var piece = position.PieceAt(move.From) ?? throw new ArgumentException($"no piece on {move.From}", nameof(move));
        int square = mating ? 63 - move.From.Index : move.From.Index;
        int generated = Generated(piece, move, mating);
        int promotion = move.Promotion switch
        {
            PieceType.Queen => 0,
            PieceType.Knight => 1,
            PieceType.Rook => 2,
            PieceType.Bishop => 3,
            _ => 0,
        };
        return square * 1000L + (100 - generated) * 4 + promotion;
    }

    /// <summary>When Popeye generates <paramref name="move"/> among its piece's moves (0 first).</summary>
    private static int Generated(Piece piece, Move move, bool mating)
    {
        int files = move.To.File - move.From.File;
        int ranks = move.To.Rank - move.From.Rank;
        switch (piece.Type)
        {
            case PieceType.Pawn:
                {
                    bool capture = files != 0;
                    int step = Math.Abs(ranks);
                    if (!mating)
                    {
                        // Capture to the a-side, to the h-side (en passant among them), one step, two steps.
                        return capture ? (files < 0 ? 0 : 1) : 1 + step;
                    }
                    // En passant to the h-side, to the a-side, one step, two steps, capture to the a-side, to the h-side.
                    if (move.IsEnPassant)
                    {
                        return files > 0 ? 0 : 1;
                    }
                    return capture ? (files < 0 ? 4 : 5) : 1 + step;
                }
            case PieceType.Knight:
                return Array.IndexOf(KnightJumps, (files, ranks));
            case PieceType.King when move.IsCastling:
                return files > 0 ? 8 : 9;
            case PieceType.King:
                return Array.IndexOf(Lines, (files, ranks));
            default:
                {
                    int distance = Math.Max(Math.Abs(files), Math.Abs(ranks));
                    int line = Array.IndexOf(Lines, (Math.Sign(files), Math.Sign(ranks)));
                    return line * 8 + distance;
                }
        }
    }

    private static Move[] LegalMoves(Position position)
    {
        Span<Move> buffer = stackalloc Move[Position.MaxMoves];
        int count = position.GenerateLegalMoves(buffer);
        return buffer[..count].ToArray();
    }
}
