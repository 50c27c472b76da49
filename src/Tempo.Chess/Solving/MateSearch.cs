using System.Runtime.CompilerServices;

namespace Tempo.Chess.Solving;

/// <summary>
/// The exact AND/OR mate search of one worker: depth-first, bounded by the number of attacker moves,
/// with proven bounds in a shared <see cref="TranspositionTable"/>. Nothing is pruned that could hide
/// a defence or a shorter mate: the only restriction is that the attacker's last move must give check.
/// For a selfmate the goal is turned round: the attacker wins when the defender mates it, the defender's moves
/// count as in a directmate, and after the attacker's last move every defence must mate.
/// </summary>
/// <remarks>
/// Repetitions and the fifty-move rule are ignored, as in problem solving; every bound in the table
/// therefore depends only on the position and the number of moves left, never on the path.
/// </remarks>
[SkipLocalsInit] // the move and score buffers of every node are written before they are read: zeroing them cost time per node
internal sealed partial class MateSearch
{
    private const int MaxPly = 256;
    private const int PollInterval = 1023;

    private readonly Position _position;
    private readonly TranspositionTable _table;
    private readonly SearchControl _control;
    private readonly bool _selfmate;
    private readonly Move[] _killers = new Move[MaxPly * 2];
    private readonly Move[] _line = new Move[MaxPly];
    private int _ply;
    private long _nodes;

    public MateSearch(Position position, TranspositionTable table, SearchControl control, bool selfmate = false)
    {
        _position = position;
        _table = table;
        _control = control;
        _selfmate = selfmate;
    }

    /// <summary>True when this search proves selfmates.</summary>
    public bool Selfmate => _selfmate;

    public Position Position => _position;

    public long Nodes => _nodes;

    /// <summary>
    /// The moves from where the search started to the node it is at, read from another thread while it runs: a
    /// snapshot for progress reports only (it may mix two moments, so it is given as UCI text, never replayed).
    /// </summary>
    public string[] LineSnapshot()
    {
        int length = Math.Clamp(Volatile.Read(ref _ply), 0, MaxPly);
        var line = new string[length];
        for (int i = 0; i < length; i++)
        {
            line[i] = _line[i].ToUci();
        }
        return line;
    }

    /// <summary>Attacker to move: can it force mate (in a selfmate: be mated) within <paramref name="moves"/> moves (at least 1)?</summary>
    public bool Attack(int moves)
    {
        if ((++_nodes & PollInterval) == 0)
        {
            _control.Poll();
            PollStop();
        }
        if (_nodes > _nodeLimit || _abandoned)
        {
            _overBudget = true;
            return false;
        }
        if (_selfmate && _position.InCheck && !_position.HasLegalMove())
        {
            return true;
        }
        if (moves == 1 && !_selfmate)
        {
            // Computed, not looked up: the few checks are tried faster than a table probe misses the cache
            // (these are most of the nodes), and the table keeps its room for the deeper bounds.
            return MatesInOne();
        }
        ulong key = _position.Hash;
        if (Probe(key, moves, out var hashMove) is { } known)
        {
            return known;
        }

        Span<Move> list = stackalloc Move[Position.MaxMoves];
        int count = _position.GenerateLegalMoves(list);
        // The table's move is tried before the others are scored (scored, it would come first anyway).
        int first = MoveToFront(list, 0, count, hashMove);
        Span<int> scores = stackalloc int[count];
        for (int i = 0; i < count; i++)
        {
            if (i == first)
            {
                PrefetchReplies(list[i..count]);
                ScoreAttackerMoves(list[i..count], scores[i..count]);
            }
            Move move = i < first ? list[i] : PickNext(list, scores, i, count);
            _position.MakeMove(move);
            _line[_ply++] = move;
            bool win = Defend(moves - 1);
            _ply--;
            _position.UnmakeMove();
            if (_overBudget)
            {
                return false;
            }
            if (win)
            {
                _table.StoreMate(key, moves, move);
                RememberKiller(move);
                return true;
            }
        }
        _table.StoreNoMate(key, moves, Move.None);
        return false;
    }

    /// <summary>
    /// Defender to move: does the attacker mate within <paramref name="moves"/> more moves whatever the defender plays?
    /// With 0 moves left this asks whether the defender is already checkmated (in a selfmate: whether every defence mates).
    /// A <paramref name="helperRank"/> above 0 (a helper on a first move another worker is on) takes the defences from another start.
    /// </summary>
    public bool Defend(int moves, int helperRank = 0)
    {
        if ((++_nodes & PollInterval) == 0)
        {
            _control.Poll();
            PollStop();
        }
        if (_nodes > _nodeLimit || _abandoned)
        {
            _overBudget = true;
            return false;
        }
        if (moves == 0)
        {
            return _selfmate ? EveryMoveMates() : _position.InCheck && !_position.HasLegalMove();
        }
        ulong key = _position.Hash;
        if (Probe(key, moves, out var hashMove) is { } known)
        {
            return known;
        }

        // The table's refutation is tried first. With two or more attacker moves left, the others go fewest attacker
        // replies first (as Popeye orders defences): any refutation settles the node, and one that leaves the attacker
        // few moves has a small refutation tree. With one move left, the killers come next: they usually refute, and
        // a mate in one is cheap to rule out whatever the defence.
        bool byReplies = moves >= 2 && !_selfmate;
        if (!byReplies && helperRank == 0 && TryFirstDefences(key, moves, hashMove) is { } settled)
        {
            return settled;
        }

        Span<Move> list = stackalloc Move[Position.MaxMoves];
        int count = _position.GenerateLegalMoves(list);
        if (count == 0)
        {
            // Checkmate is a win for the attacker; stalemate is not; in a selfmate neither is.
            return _position.InCheck && !_selfmate;
        }
        int first = MoveToFront(list, 0, count, hashMove);
        if (!byReplies)
        {
            first = MoveToFront(list, first, count, _killers[_ply * 2]);
            first = MoveToFront(list, first, count, _killers[_ply * 2 + 1]);
        }
        Span<int> scores = stackalloc int[count];
        if (helperRank > 0)
        {
            return DefendFrom(key, moves, list[..count], scores[..count], first, byReplies, helperRank);
        }
        if (byReplies && moves >= BudgetFromMoves && count >= 2)
        {
            return DefendByBudget(key, moves, list[..count], scores[..count], first);
        }
        // Without the replies' order, the moves before first (the table's and the killers) were tried and mated above.
        for (int i = byReplies ? 0 : first; i < count; i++)
        {
            if (i == first)
            {
                ScoreDefenderMoves(list[i..count], scores[i..count], byReplies, moves);
            }
            Move move = i < first ? list[i] : PickNext(list, scores, i, count);
            var outcome = TryDefence(key, moves, move);
            if (outcome != DefenceOutcome.Mated)
            {
                if (outcome == DefenceOutcome.Refuted)
                {
                    RememberKiller(move);
                }
                return false;
            }
        }
        _table.StoreMate(key, moves, Move.None);
        return true;
    }

    /// <summary>What one defence came to: mated within the moves left, refuting them (stored), or cut by a budget or a stop.</summary>
    private enum DefenceOutcome : byte
    {
        Mated,
        Refuted,
        Cut,
    }

    /// <summary>
    /// Defender to move at <paramref name="key"/>: plays <paramref name="move"/> and asks whether the attacker still mates
    /// within <paramref name="moves"/>; a refutation is stored in the table at once (a cut stores nothing).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private DefenceOutcome TryDefence(ulong key, int moves, Move move)
    {
        _position.MakeMove(move);
        _line[_ply++] = move;
        bool mated = Attack(moves);
        _ply--;
        _position.UnmakeMove();
        if (_overBudget)
        {
            return DefenceOutcome.Cut;
        }
        if (!mated)
        {
            _table.StoreNoMate(key, moves, move);
            return DefenceOutcome.Refuted;
        }
        return DefenceOutcome.Mated;
    }

    /// <summary>
    /// Starts loading the table slots of the positions after each of <paramref name="moves"/> all at once, so that the
    /// probes of the replies, one after another, find them in the cache instead of each waiting for memory.
    /// </summary>
    private void PrefetchReplies(ReadOnlySpan<Move> moves)
    {
        foreach (var move in moves)
        {
            _table.Prefetch(_position.HashAfter(move));
        }
    }

    /// <summary>Directmate, attacker to move: does one of its checks mate? Only checking moves can, so only they are generated.</summary>
    private bool MatesInOne() => _position.HasMateInOne();

    /// <summary>Selfmate, defender to move with no moves left: it has a move, and every move it has mates the attacker.</summary>
    private bool EveryMoveMates()
    {
        Span<Move> list = stackalloc Move[Position.MaxMoves];
        int count = _position.GenerateLegalMoves(list);
        for (int i = 0; i < count; i++)
        {
            _position.MakeMove(list[i]);
            bool mate = _position.InCheck && !_position.HasLegalMove();
            _position.UnmakeMove();
            if (!mate)
            {
                return false;
            }
        }
        return count > 0;
    }

    /// <summary>
    /// The table's answer for <paramref name="moves"/> moves left: true (mate within them proven), false (no mate within
    /// them proven), or null (unknown; then <paramref name="hashMove"/> is the stored move to try first, if any).
    /// </summary>
    private bool? Probe(ulong key, int moves, out Move hashMove)
    {
        hashMove = Move.None;
        if (!_table.TryGet(key, out var entry))
        {
            return null;
        }
        if (entry.MateWithin != 0 && entry.MateWithin <= moves)
        {
            return true;
        }
        if (entry.NoMateWithin >= moves)
        {
            return false;
        }
        hashMove = entry.Move;
        return null;
    }

    /// <summary>The fewest moves (1..<paramref name="limit"/>) in which the attacker to move forces mate, or 0 if it cannot within the limit.</summary>
    public int ExactMate(int limit)
    {
        for (int n = 1; n <= limit; n++)
        {
            if (Attack(n))
            {
                return n;
            }
        }
        return 0;
    }

    /// <summary>Defender to move: the fewest attacker moves (0..<paramref name="limit"/>) that mate against every defence, or -1.</summary>
    public int ExactMateAfterDefence(int limit)
    {
        for (int n = 0; n <= limit; n++)
        {
            if (Defend(n))
            {
                return n;
            }
        }
        return -1;
    }
}
