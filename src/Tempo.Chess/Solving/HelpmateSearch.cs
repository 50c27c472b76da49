namespace Tempo.Chess.Solving;

/// <summary>
/// One worker's exhaustive helpmate search: every sequence of exactly the stipulated half-moves that ends with
/// White's mate is listed. Every pruning is exact: White's last move must give check, and a subtree proven to hold
/// no solution (for its position and half-moves left) is remembered in a shared <see cref="TranspositionTable"/>, and
/// a node with one Black move and White's mate left is cut when <see cref="HelpmateLastMoveBound"/> proves no mate.
/// </summary>
/// <remarks>
/// "No helpmate in exactly k half-moves" is not monotone in k (a side cannot pass), so the table key mixes k into the
/// position's hash and stores only that exact fact. Repetitions are ignored, as in problem solving, so the fact
/// depends on the position and k alone. The enumeration order is the generator's, unchanged by what the table knows,
/// so every thread count lists the same sequences.
/// </remarks>
internal sealed class HelpmateSearch
{
    private const int PollInterval = 1023;

    private readonly Position _position;
    private readonly TranspositionTable _table;
    private readonly SearchControl _control;
    private readonly Move[] _line = new Move[2 * MateSolverOptions.MaxMovesLimit + 2];
    private readonly List<Move[]> _found = [];
    private int _ply;
    private long _nodes;

    public HelpmateSearch(Position position, TranspositionTable table, SearchControl control)
    {
        _position = position;
        _table = table;
        _control = control;
    }

    public Position Position => _position;

    public long Nodes => _nodes;

    /// <summary>Every solution of <paramref name="halfMoves"/> half-moves (at least 1) after <paramref name="first"/>, which is made first.</summary>
    public List<Move[]> SolutionsAfter(Move first, int halfMoves)
    {
        _found.Clear();
        _ply = 0;
        int basePly = _position.Ply;
        _line[_ply++] = first;
        _position.MakeMove(first);
        try
        {
            if (halfMoves == 1)
            {
                if (_position.InCheck && !_position.HasLegalMove() && _position.SideToMove == Color.Black)
                {
                    _found.Add(_line[.._ply]);
                }
            }
            else
            {
                Search(halfMoves - 1);
            }
        }
        finally
        {
            // An aborted search leaves the position mid-line: unwind it to where it started.
            while (_position.Ply > basePly)
            {
                _position.UnmakeMove();
            }
        }
        return [.. _found];
    }

    /// <summary>Lists the solutions of exactly <paramref name="left"/> half-moves from here; true if there is one.</summary>
    private bool Search(int left)
    {
        if ((++_nodes & PollInterval) == 0)
        {
            _control.Poll();
        }
        Span<Move> list = stackalloc Move[Position.MaxMoves];
        if (left == 1)
        {
            // White's mating move: only checks can mate.
            int checks = _position.GenerateLegalChecks(list);
            bool any = false;
            for (int i = 0; i < checks; i++)
            {
                _position.MakeMove(list[i]);
                if (!_position.HasLegalMove())
                {
                    _line[_ply] = list[i];
                    _found.Add(_line[..(_ply + 1)]);
                    any = true;
                }
                _position.UnmakeMove();
            }
            return any;
        }

        // The bound first: it is cheaper than the table's memory access.
        if (left == 2 && !HelpmateLastMoveBound.MatePossible(_position))
        {
            return false;
        }
        ulong key = _position.Hash ^ DepthKey(left);
        if (_table.TryGet(key, out var entry) && entry.NoMateWithin != 0)
        {
            return false;
        }
        int count = _position.GenerateLegalMoves(list);
        bool found = false;
        for (int i = 0; i < count; i++)
        {
            _line[_ply++] = list[i];
            _position.MakeMove(list[i]);
            found |= Search(left - 1);
            _position.UnmakeMove();
            _ply--;
        }
        if (!found)
        {
            _table.StoreNoMate(key, left, Move.None);
        }
        return found;
    }

    /// <summary>A fixed random word per depth, so the same position at different depths has different keys.</summary>
    private static ulong DepthKey(int left) => (ulong)(left + 1) * 0x9E3779B97F4A7C15UL;
}
