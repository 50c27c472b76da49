using System.Runtime.CompilerServices;

namespace Tempo.Chess.Solving;

/// <summary>
/// One worker's exhaustive helpmate search: every sequence of exactly the stipulated half-moves that ends with
/// White's mate is listed. Every pruning is exact: White's last move must give check, and a subtree proven to hold
/// no solution (for its position and half-moves left) is remembered in a shared <see cref="TranspositionTable"/>, and
/// a node with one Black move and White's mate left is cut when <see cref="HelpmateLastMoveBound"/> proves no mate
/// (drawn before White's move to it is made). Before it, <see cref="HelpmateMoveCountBound"/> (what each side can reach
/// on an empty board in the moves left) cuts, in a few operations per move, most White moves before Black's last and
/// most of Black's last moves, without making them. Two small per-worker caches keyed by the hash of the position after a
/// move (the bound's verdict after White's move before Black's last; "no mate in one" after Black's last move) skip
/// positions that recur through moves played in another order; a skipped position still counts as a node.
/// </summary>
/// <remarks>
/// "No helpmate in exactly k half-moves" is not monotone in k (a side cannot pass), so the table key mixes k into the
/// position's hash and stores only that exact fact. Repetitions are ignored, as in problem solving, so the fact
/// depends on the position and k alone. The enumeration order is the generator's, unchanged by what the table knows,
/// so every thread count lists the same sequences.
/// </remarks>
// A move buffer is stackalloc'ed at every node, and most nodes are cut before it is used: skip its zeroing.
[SkipLocalsInit]
internal sealed class HelpmateSearch
{
    private const int PollInterval = 1023;

    /// <summary>
    /// Slots of each small cache (64 KiB): small enough to stay near the processor and to be allocated per solve
    /// without the large-object heap's fresh pages (512 KiB cost more in page faults than they saved).
    /// </summary>
    private const int CacheSlots = 1 << 13;

    private readonly Position _position;
    private readonly TranspositionTable _table;
    private readonly SearchControl _control;
    private readonly Move[] _line = new Move[2 * MateSolverOptions.MaxMovesLimit + 2];
    private readonly List<Move[]> _found = [];

    // The bound's verdict per position after White's move before Black's last, each with its hash but bit 0, which
    // holds "possible"; 0 = empty.
    private readonly ulong[] _verdicts = new ulong[CacheSlots];

    // Hashes of positions after Black's last move with no mate in one (White to move); 0 = empty.
    private readonly ulong[] _noMateInOne = new ulong[CacheSlots];
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
    /// <param name="left">Half-moves left, at least 1.</param>
    /// <param name="boundPassed">With two left: <see cref="HelpmateLastMoveBound"/> was already asked and did not cut.</param>
    private bool Search(int left, bool boundPassed = false)
    {
        CountNode();
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
        if (left == 2 && !boundPassed && !HelpmateLastMoveBound.MatePossible(_position))
        {
            return false;
        }
        ulong key = _position.Hash ^ DepthKey(left);
        if (_table.TryGet(key, out var entry) && entry.NoMateWithin != 0)
        {
            return false;
        }
        int count = _position.GenerateLegalMoves(list);
        // The table's slots of the children are fetched ahead (a probe is a cache and TLB miss): with three left only
        // those the bound lets through, whose verdicts are drawn first without making any move.
        Span<LastMoveVerdict> verdicts = left == 3 ? stackalloc LastMoveVerdict[count] : default;
        Span<ulong> covers = left == 3 ? stackalloc ulong[HelpmateMoveCountBound.PenultimateCoverSlots] : default;
        var penultimate = left == 3 ? HelpmateMoveCountBound.ForPenultimateWhiteMove(_position, covers) : default;
        for (int i = 0; i < count; i++)
        {
            if (left == 3)
            {
                // The move count's first stage, a few operations per move: most moves end here; then the verdict.
                verdicts[i] = penultimate.MatePossibleAfter(list[i]) ? VerdictAfter(list[i], penultimate) : LastMoveVerdict.Impossible;
                if (verdicts[i] == LastMoveVerdict.Impossible)
                {
                    continue;
                }
            }
            if (left >= 3)
            {
                _table.Prefetch(_position.HashAfter(list[i]) ^ DepthKey(left - 1));
            }
        }
        Span<ulong> splits = left == 2 ? stackalloc ulong[HelpmateMoveCountBound.LastBlackSplitSlots] : default;
        var lastBlack = left == 2 ? HelpmateMoveCountBound.ForLastBlackMove(_position, splits) : default;
        bool found = false;
        for (int i = 0; i < count; i++)
        {
            bool passed = false;
            if (left == 3)
            {
                // White's move before Black's last: a move the bound cuts is never made (still counted as a node, as
                // when it was made and cut).
                if (verdicts[i] == LastMoveVerdict.Impossible)
                {
                    CountNode();
                    continue;
                }
                passed = verdicts[i] == LastMoveVerdict.Possible;
            }
            ulong after = 0;
            if (left == 2 && !(lastBlack.MatePossibleAfter(list[i]) && lastBlack.MatePossibleAfterBySplit(list[i])))
            {
                // Black's last move after which the move count leaves White no mate (every White man with its move at
                // once, then each in turn): not made (counted as a node).
                CountNode();
                continue;
            }
            if (left == 2)
            {
                // Black's last move: a position after it already known to hold no mate in one is not made again.
                after = _position.HashAfter(list[i]);
                if (after != 0 && _noMateInOne[(int)after & (CacheSlots - 1)] == after)
                {
                    CountNode();
                    continue;
                }
            }
            _line[_ply++] = list[i];
            _position.MakeMove(list[i]);
            bool mates = Search(left - 1, passed);
            _position.UnmakeMove();
            _ply--;
            found |= mates;
            if (left == 2 && !mates)
            {
                _noMateInOne[(int)after & (CacheSlots - 1)] = after;
            }
        }
        if (!found)
        {
            _table.StoreNoMate(key, left, Move.None);
        }
        return found;
    }

    /// <summary>
    /// <see cref="HelpmateLastMoveBound.AfterWhiteMove"/>, remembered by the hash of the position after the move: the
    /// same position recurs after White's moves in another order (a verdict depends on the position alone).
    /// </summary>
    private LastMoveVerdict VerdictAfter(Move move, in HelpmateMoveCountBound.PenultimateWhiteMove penultimate)
    {
        if (!HelpmateLastMoveBound.DrawnWithoutMove(_position, move))
        {
            return LastMoveVerdict.Unknown;
        }
        ulong hash = _position.HashAfter(move);
        ref ulong slot = ref _verdicts[(int)(hash >> 1) & (CacheSlots - 1)];
        if (slot != 0 && ((slot ^ hash) & ~1UL) == 0)
        {
            return (slot & 1) != 0 ? LastMoveVerdict.Possible : LastMoveVerdict.Impossible;
        }
        // The move count first: far cheaper, and it cuts most of what the last-move bound cuts.
        var verdict = penultimate.MatePossibleAfterBySplit(move)
            ? HelpmateLastMoveBound.AfterWhiteMove(_position, move)
            : LastMoveVerdict.Impossible;
        slot = (hash & ~1UL) | (verdict == LastMoveVerdict.Possible ? 1UL : 0UL);
        return verdict;
    }

    private void CountNode()
    {
        if ((++_nodes & PollInterval) == 0)
        {
            _control.Poll();
        }
    }

    /// <summary>A fixed random word per depth, so the same position at different depths has different keys.</summary>
    private static ulong DepthKey(int left) => (ulong)(left + 1) * 0x9E3779B97F4A7C15UL;
}
