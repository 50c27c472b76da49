namespace Tempo.Chess.Solving;

/// <summary>
/// Reads the main line, a followed line, the solution tree, threats and duals off a finished proof.
/// Every choice is made from exact distances (recomputed through the shared table, so cheaply),
/// with ties broken by <see cref="MoveOrder"/>: the answer does not depend on the search's thread count.
/// </summary>
internal sealed partial class SolutionExtractor
{
    private readonly MateSearch _search;
    private readonly Position _position;
    private readonly TranspositionTable _table;
    private readonly SearchControl _control;
    private readonly List<MateDual> _duals = [];
    private readonly Position _root;
    private int _budget;
    private long _extraNodes;

    public SolutionExtractor(MateSearch search, TranspositionTable table, SearchControl control, int maxTreeMoves)
    {
        _search = search;
        _position = search.Position;
        _table = table;
        _control = control;
        _budget = maxTreeMoves;
        _root = _position.Clone();
    }

    public IReadOnlyList<MateDual> Duals => _duals;

    public bool Truncated { get; private set; }

    public long Nodes => _search.Nodes + _extraNodes;

    /// <summary>The key, then always the longest-resisting defence and the attacker's fastest answer, to mate.</summary>
    public List<Move> MainLine(Move key, int mateIn)
    {
        var line = new List<Move>();
        int start = _position.Ply;
        try
        {
            line.Add(key);
            _position.MakeMove(key);
            int left = mateIn - 1;
            while (_position.HasLegalMove())
            {
                var (defence, distance) = LongestDefence(left);
                line.Add(defence);
                _position.MakeMove(defence);
                if (distance == 0)
                {
                    // A selfmate's defence that mates the attacker ends the line.
                    break;
                }
                var answer = WinningMoves(distance)[0];
                line.Add(answer);
                _position.MakeMove(answer);
                left = distance - 1;
            }
        }
        finally
        {
            Rewind(start);
        }
        return line;
    }

    /// <summary>
    /// Follows the given moves: defences only (the prover answers), or, when the first move is legal for the
    /// attacker, a full line whose attacker moves are checked to still mate in time. Then plays on to mate.
    /// </summary>
    public List<Move> FollowLine(IReadOnlyList<string> givenMoves, int mateIn)
    {
        var tokens = LineTokens.Clean(givenMoves);
        var line = new List<Move>();
        int start = _position.Ply;
        bool attackerMovesGiven = tokens.Count > 0 && LineTokens.TryParse(_position, tokens[0], out _);
        int next = 0;
        int left = mateIn;
        try
        {
            while (!AttackerMated())
            {
                // Attacker to move, mate within `left` moves is proven.
                Move attack;
                int distance;
                if (attackerMovesGiven && next < tokens.Count)
                {
                    attack = ParseGiven(tokens[next], line);
                    next++;
                    distance = Distance(attack, left);
                    if (distance < 0)
                    {
                        throw new MateLineException(
                            $"line: {Describe(line, attack)} does not force mate within {Plural(left, "move")}");
                    }
                }
                else
                {
                    distance = _search.ExactMate(left);
                    attack = WinningMoves(distance)[0];
                }
                line.Add(attack);
                _position.MakeMove(attack);
                left = distance - 1;
                if (!_position.HasLegalMove())
                {
                    break;
                }

                Move defence;
                if (next < tokens.Count)
                {
                    defence = ParseGiven(tokens[next], line);
                    next++;
                }
                else
                {
                    defence = LongestDefence(left).Defence;
                }
                line.Add(defence);
                _position.MakeMove(defence);
            }
            if (next < tokens.Count)
            {
                throw new MateLineException($"line: '{tokens[next]}' comes after the mate {LastMoveSan(line)}");
            }
        }
        finally
        {
            Rewind(start);
        }
        return line;
    }

    /// <summary>
    /// Tries: first moves (other than the keys) refuted by exactly one defence. A defence refutes when the
    /// attacker then has no mate in the remaining moves; stalemating first moves are not tries.
    /// </summary>
    public List<MateTry> Tries(IReadOnlyList<Move> keys, int mateIn)
    {
        var tries = new List<MateTry>();
        if (mateIn < 2)
        {
            return tries;
        }
        int start = _position.Ply;
        try
        {
            foreach (var move in MoveOrder.SortedLegalMoves(_position))
            {
                if (keys.Contains(move))
                {
                    continue;
                }
                _position.MakeMove(move);
                Move refutation = Move.None;
                int refutations = 0;
                foreach (var defence in MoveOrder.SortedLegalMoves(_position))
                {
                    _position.MakeMove(defence);
                    bool mated = _search.Attack(mateIn - 1);
                    _position.UnmakeMove();
                    if (!mated)
                    {
                        refutation = defence;
                        if (++refutations > 1)
                        {
                            break;
                        }
                    }
                }
                if (refutations == 1)
                {
                    tries.Add(new MateTry(move, refutation));
                }
                _position.UnmakeMove();
            }
        }
        finally
        {
            Rewind(start);
        }
        return tries;
    }

    /// <summary>The tree under <paramref name="key"/>: every defence, each answered down to mate.</summary>
    public MateTreeAttack BuildTree(Move key, int mateIn)
    {
        int start = _position.Ply;
        try
        {
            return BuildAttack(key, mateIn, [], new List<Move>());
        }
        finally
        {
            Rewind(start);
        }
    }

    private MateTreeAttack BuildAttack(Move move, int mateIn, IReadOnlyList<Move> duals, List<Move> path)
    {
        _budget--;
        path.Add(move);
        _position.MakeMove(move);
        try
        {
            if (_search.Selfmate && mateIn <= 1)
            {
                // Every defence mates the attacker: the variations end here.
                var mates = MoveOrder.SortedLegalMoves(_position).Select(d => new MateTreeDefence(d, null, Mates: true)).ToList();
                return new MateTreeAttack(move, 1, null, duals, mates, false);
            }
            if (mateIn <= 1 || !_position.HasLegalMove())
            {
                return new MateTreeAttack(move, 1, null, duals, [], false);
            }
            var threat = _position.InCheck ? null : Threat(mateIn - 1);
            var defences = new List<MateTreeDefence>();
            bool truncated = false;
            foreach (var defence in MoveOrder.SortedLegalMoves(_position))
            {
                if (_budget <= 0)
                {
                    defences.Add(new MateTreeDefence(defence, null));
                    truncated = true;
                    continue;
                }
                path.Add(defence);
                _position.MakeMove(defence);
                int distance = DistanceAfterDefence(mateIn - 1);
                if (distance == 0 && AttackerMated())
                {
                    _position.UnmakeMove();
                    path.RemoveAt(path.Count - 1);
                    defences.Add(new MateTreeDefence(defence, null, Mates: true));
                    continue;
                }
                if (distance == 0)
                {
                    throw new InvalidOperationException($"proof inconsistent: no mate after {string.Join(' ', path.Select(m => m.ToUci()))}");
                }
                var answers = WinningMoves(distance);
                IReadOnlyList<Move> otherAnswers = [];
                if (distance >= 2 && answers.Count > 1)
                {
                    _duals.Add(new MateDual(path.ToArray(), answers.ToArray()));
                    otherAnswers = answers[1..];
                }
                var reply = BuildAttack(answers[0], distance, otherAnswers, path);
                _position.UnmakeMove();
                path.RemoveAt(path.Count - 1);
                defences.Add(new MateTreeDefence(defence, reply));
            }
            Truncated |= truncated;
            return new MateTreeAttack(move, mateIn, threat, duals, defences, truncated);
        }
        finally
        {
            _position.UnmakeMove();
            path.RemoveAt(path.Count - 1);
        }
    }

    /// <summary>Defender to move (not in check): what would the attacker mate with, and how fast, if the defender could pass?</summary>
    private IReadOnlyList<Move>? Threat(int limit)
    {
        var passed = _position.Clone();
        passed.MakeNullMove();
        var search = new MateSearch(passed, _table, _control, _search.Selfmate);
        try
        {
            int distance = search.ExactMate(limit);
            if (distance == 0)
            {
                return null;
            }
            var threats = new List<Move>();
            foreach (var move in MoveOrder.SortedLegalMoves(passed))
            {
                passed.MakeMove(move);
                bool mates = search.Defend(distance - 1);
                passed.UnmakeMove();
                if (mates)
                {
                    threats.Add(move);
                }
            }
            return threats;
        }
        finally
        {
            _extraNodes += search.Nodes;
        }
    }

    /// <summary>Defender to move: the defence after which the attacker needs the most moves (ties: first in UCI order).</summary>
    private (Move Defence, int Distance) LongestDefence(int left)
    {
        Move best = Move.None;
        int bestDistance = -1;
        foreach (var defence in MoveOrder.SortedLegalMoves(_position))
        {
            _position.MakeMove(defence);
            int distance = DistanceAfterDefence(left);
            bool mated = AttackerMated();
            _position.UnmakeMove();
            if (distance == 0 && !mated)
            {
                throw new InvalidOperationException($"proof inconsistent: no mate within {left} after {defence.ToUci()}");
            }
            if (distance > bestDistance)
            {
                best = defence;
                bestDistance = distance;
            }
        }
        return (best, bestDistance);
    }

    /// <summary>Attacker to move: every move that mates within <paramref name="distance"/> moves, in UCI order.</summary>
    private List<Move> WinningMoves(int distance)
    {
        var winners = new List<Move>();
        foreach (var move in MoveOrder.SortedLegalMoves(_position))
        {
            _position.MakeMove(move);
            bool mates = _search.Defend(distance - 1);
            _position.UnmakeMove();
            if (mates)
            {
                winners.Add(move);
            }
        }
        if (winners.Count == 0)
        {
            throw new InvalidOperationException($"proof inconsistent: no move mates within {distance}");
        }
        return winners;
    }

    /// <summary>Attacker to move: the exact number of moves <paramref name="move"/> needs to mate (itself included), or -1 if more than <paramref name="left"/>.</summary>
    private int Distance(Move move, int left)
    {
        _position.MakeMove(move);
        int after = _search.ExactMateAfterDefence(left - 1);
        _position.UnmakeMove();
        return after < 0 ? -1 : after + 1;
    }

    /// <summary>Attacker to move: the exact moves it needs to (self)mate, 0 when a selfmate's defence has just mated it.</summary>
    private int DistanceAfterDefence(int left) => AttackerMated() ? 0 : _search.ExactMate(left);

    /// <summary>Selfmates only: the attacker to move is checkmated (the goal is reached).</summary>
    private bool AttackerMated() => _search.Selfmate && _position.InCheck && !_position.HasLegalMove();

    private Move ParseGiven(string token, List<Move> line)
    {
        if (LineTokens.TryParse(_position, token, out var move))
        {
            return move;
        }
        string side = _position.SideToMove == Color.White ? "White" : "Black";
        string after = line.Count == 0 ? "at the start" : $"after {MateTextFormatter.Line(_root, line)}";
        throw new MateLineException($"line: '{token}' is not a legal move for {side} {after}");
    }

    /// <summary>The line so far and one more move, numbered from the solved position, for a message.</summary>
    private string Describe(List<Move> line, Move next) => MateTextFormatter.Line(_root, [.. line, next]);

    private string LastMoveSan(List<Move> line) => SanLine.Of(_root, line)[^1];

    private static string Plural(int count, string noun) => count == 1 ? $"1 {noun}" : $"{count} {noun}s";

    private void Rewind(int ply)
    {
        while (_position.Ply > ply)
        {
            _position.UnmakeMove();
        }
    }
}
