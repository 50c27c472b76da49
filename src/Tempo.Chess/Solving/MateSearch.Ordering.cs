namespace Tempo.Chess.Solving;

/// <summary>The move ordering of <see cref="MateSearch"/>: it changes which proof or refutation is found first, never the answer.</summary>
internal sealed partial class MateSearch
{
    /// <summary>Scores the attacker's moves after the table's move: checks, then killers, captures and promotions.</summary>
    private void ScoreAttackerMoves(ReadOnlySpan<Move> moves, Span<int> scores)
    {
        Move killer1 = _killers[_ply * 2];
        Move killer2 = _killers[_ply * 2 + 1];
        for (int i = 0; i < moves.Length; i++)
        {
            Move move = moves[i];
            int score = 0;
            if (_position.GivesCheck(move))
            {
                score += 1 << 20;
            }
            if (move == killer1 || move == killer2)
            {
                score += 1 << 19;
            }
            score += CaptureScore(move);
            if (move.Promotion != PieceType.None)
            {
                score += 1 << 12 | (int)move.Promotion;
            }
            scores[i] = score;
        }
    }

    /// <summary>
    /// Scores the defender's moves after the table's refutation (and the killers): checks, captures, king moves; when
    /// <paramref name="byReplies"/>, first of all by how few legal replies each leaves the attacker, and before that any
    /// defence whose position the table already proves unmated within <paramref name="movesLeft"/> moves.
    /// </summary>
    private void ScoreDefenderMoves(ReadOnlySpan<Move> moves, Span<int> scores, bool byReplies, int movesLeft)
    {
        if (!byReplies)
        {
            for (int i = 0; i < moves.Length; i++)
            {
                scores[i] = CaptureScore(moves[i]) + CheckAndKingScore(moves[i], _position.GivesCheck(moves[i]));
            }
            return;
        }
        // Each defence's table slot is read below; asking for them all first lets the memory waits overlap.
        Span<ulong> keys = stackalloc ulong[moves.Length];
        for (int i = 0; i < moves.Length; i++)
        {
            keys[i] = _position.HashAfter(moves[i]);
            _table.Prefetch(keys[i]);
        }
        for (int i = 0; i < moves.Length; i++)
        {
            Move move = moves[i];
            // Counted on a copy without hash or mailbox: the key is the one computed above, the check comes with the count.
            int replies = _position.CountRepliesAfter(move, out bool check);
            int score = CaptureScore(move) + ((Position.MaxMoves - replies) << 22);
            // A defence the table already knows refutes (or loses) at this depth, through a transposition, goes first (or last).
            if (_table.TryGet(keys[i], out var child) && child.NoMateWithin >= movesLeft)
            {
                score = int.MaxValue;
            }
            else if (child.MateWithin != 0 && child.MateWithin <= movesLeft)
            {
                score = int.MinValue;
            }
            else
            {
                score += CheckAndKingScore(move, check);
            }
            scores[i] = score;
        }
    }

    private int CheckAndKingScore(Move move, bool check) =>
        (check ? 1 << 20 : 0) + (_position.PieceAt(move.From) is { Type: PieceType.King } ? 1 << 18 : 0);

    /// <summary>
    /// Swaps <paramref name="move"/>, if it is among <paramref name="moves"/>[<paramref name="at"/>..<paramref name="count"/>],
    /// to index <paramref name="at"/> (as picking it by the highest score would) and returns the index after it; else <paramref name="at"/>.
    /// </summary>
    private static int MoveToFront(Span<Move> moves, int at, int count, Move move)
    {
        if (move == Move.None)
        {
            return at;
        }
        for (int j = at; j < count; j++)
        {
            if (moves[j] == move)
            {
                (moves[at], moves[j]) = (moves[j], moves[at]);
                return at + 1;
            }
        }
        return at;
    }

    private int CaptureScore(Move move)
    {
        if (move.IsEnPassant)
        {
            return (1 << 16) + 10;
        }
        if (_position.PieceAt(move.To) is { } victim)
        {
            return (1 << 16) + 10 * Value(victim.Type) - Value(_position.PieceAt(move.From)?.Type ?? PieceType.None);
        }
        return 0;
    }

    private static int Value(PieceType type) => type switch
    {
        PieceType.Pawn => 1,
        PieceType.Knight => 3,
        PieceType.Bishop => 3,
        PieceType.Rook => 5,
        PieceType.Queen => 9,
        PieceType.King => 20,
        _ => 0,
    };

    private static Move PickNext(Span<Move> moves, Span<int> scores, int from, int count)
    {
        int best = from;
        for (int j = from + 1; j < count; j++)
        {
            if (scores[j] > scores[best])
            {
                best = j;
            }
        }
        if (best != from)
        {
            (moves[from], moves[best]) = (moves[best], moves[from]);
            (scores[from], scores[best]) = (scores[best], scores[from]);
        }
        return moves[from];
    }

    private void RememberKiller(Move move)
    {
        int slot = _ply * 2;
        if (_killers[slot] != move)
        {
            _killers[slot + 1] = _killers[slot];
            _killers[slot] = move;
        }
    }
}
