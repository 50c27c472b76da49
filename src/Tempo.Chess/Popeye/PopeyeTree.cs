using System.Text;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>
/// Writes a directmate or selfmate the way Popeye lays it out: every key (short ones too) and try of the diagram,
/// each with its threat, the defences that stop the threat (all of them after a zugzwang key) and every fastest
/// answer, down to the mate. Each step is proven by <see cref="MateSolver"/> on the position it is about, all into
/// one table; defences that give the selfmate at once are left out, as Popeye leaves them out.
/// </summary>
internal sealed class PopeyeTree
{
    private readonly bool _selfmate;
    private readonly PopeyeTreeOptions _options;
    private readonly TranspositionTable _table;
    private readonly CancellationToken _cancellationToken;
    private readonly StringBuilder _text = new();
    private int _lines;

    private PopeyeTree(bool selfmate, PopeyeTreeOptions options, CancellationToken cancellationToken)
    {
        _selfmate = selfmate;
        _options = options;
        _table = new TranspositionTable(options.TableMegabytes);
        _cancellationToken = cancellationToken;
    }

    /// <summary>The solution block of <paramref name="position"/> (the attacker to move) for <paramref name="stipulation"/> (#N or s#N).</summary>
    public static string Write(Position position, Stipulation stipulation, PopeyeTreeOptions options, CancellationToken cancellationToken)
    {
        var tree = new PopeyeTree(stipulation.Kind == StipulationKind.Self, options, cancellationToken);
        try
        {
            tree.WriteProblem(position, stipulation.Moves);
        }
        catch (LineLimitException)
        {
            tree._text.Append($"(cut at {options.MaxLines} lines)\n");
        }
        return tree._text.ToString();
    }

    private void WriteProblem(Position position, int moves)
    {
        if (_options.SetPlay)
        {
            if (!position.InCheck)
            {
                var passed = position.Clone();
                passed.MakeNullMove();
                WriteDefences(passed, 1, moves, threat: null);
            }
            Line("");
        }
        else if (_selfmate && _options.Tries)
        {
            // Popeye's selfmates with tries open with an empty line of their own.
            Line("");
        }
        foreach (var move in MoveOrder.SortedLegalMoves(position))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var after = position.Clone();
            after.MakeMove(move);
            var refutations = Refutations(after, moves, limit: 2);
            if (refutations.Count == 0)
            {
                WriteAttack(position, move, 0, moves, " !");
                Line("");
            }
            else if (refutations.Count == 1 && _options.Tries && !StopsAtOnce(after))
            {
                WriteAttack(position, move, 0, moves, " ?", refutations[0]);
                Line("    but");
                Line($"      1...{PopeyeNotation.Of(after, refutations[0])} !");
                Line("");
            }
        }
    }

    /// <summary>A first move that mates, stalemates or (in a selfmate) mates the wrong side has no defence to refute it.</summary>
    private static bool StopsAtOnce(Position after) => !after.HasLegalMove();

    /// <summary>The defences after the attacker's move (in <paramref name="after"/>) that escape the goal in the moves left (at most <paramref name="limit"/>).</summary>
    private List<Move> Refutations(Position after, int moves, int limit)
    {
        var escapes = new List<Move>();
        if (Reached(after))
        {
            return escapes;
        }
        var defences = MoveOrder.SortedLegalMoves(after);
        if (defences.Length == 0 || moves == 1 && !_selfmate)
        {
            // Stalemate, or a directmate's last move that does not mate: neither key nor try.
            return [Move.None, Move.None];
        }
        foreach (var defence in defences)
        {
            var child = after.Clone();
            child.MakeMove(defence);
            if (_selfmate && child.IsCheckmate())
            {
                continue;
            }
            if (moves == 1 || Prove(child, moves - 1) is null)
            {
                escapes.Add(defence);
                if (escapes.Count >= limit)
                {
                    break;
                }
            }
        }
        return escapes;
    }

    /// <summary>The directmate is done when the defender is mated.</summary>
    private bool Reached(Position after) => !_selfmate && after.IsCheckmate();

    /// <summary>The attacker's fastest moves (in <paramref name="position"/>, the attacker to move) reaching the goal within <paramref name="moves"/>, or null.</summary>
    private MateResult? Prove(Position position, int moves)
    {
        var result = MateSolver.Solve(position, new MateSolverOptions
        {
            MaxMoves = moves,
            Selfmate = _selfmate,
            BuildTree = false,
            FindTries = false,
            Table = _table,
        }, _cancellationToken);
        _cancellationToken.ThrowIfCancellationRequested();
        return result.Status == MateStatus.Mate ? result : null;
    }

    private void WriteAttack(Position before, Move move, int ply, int moves, string mark, Move refutation = default)
    {
        var after = before.Clone();
        after.MakeMove(move);
        var line = new StringBuilder().Append(Indent(ply)).Append(PopeyeNotation.Number(ply)).Append(PopeyeNotation.Of(before, move)).Append(mark);
        if (!_options.Variation && ply == 0)
        {
            Line(line.ToString());
            return;
        }
        if (Reached(after))
        {
            Line(line.ToString());
            return;
        }
        if (_selfmate && moves == 1)
        {
            Line(line.ToString());
            foreach (var mate in MoveOrder.SortedLegalMoves(after))
            {
                Line($"{Indent(ply + 1)}{PopeyeNotation.Number(ply + 1)}{PopeyeNotation.Of(after, mate)}");
            }
            return;
        }
        MateResult? threat = null;
        if (!after.InCheck && !_options.NoThreat && after.HasLegalMove())
        {
            var passed = after.Clone();
            passed.MakeNullMove();
            threat = Prove(passed, moves - 1);
            line.Append(threat is null ? " zugzwang." : " threat:");
        }
        Line(line.ToString());
        if (threat is not null)
        {
            // Popeye writes each threat out in full: its own threat or zugzwang, the defences, down to the mate.
            var passed = after.Clone();
            passed.MakeNullMove();
            foreach (var key in threat.Keys)
            {
                WriteAttack(passed, key, ply + 2, threat.MateIn!.Value, "");
            }
        }
        WriteDefences(after, ply + 1, moves, threat, refutation);
    }

    /// <summary>The defences of <paramref name="position"/> (the defender to move) worth printing, each with the attacker's fastest answers.</summary>
    private void WriteDefences(Position position, int ply, int moves, MateResult? threat, Move refutation = default)
    {
        foreach (var defence in MoveOrder.SortedLegalMoves(position))
        {
            if (defence == refutation)
            {
                continue;
            }
            var child = position.Clone();
            child.MakeMove(defence);
            if (_selfmate && child.IsCheckmate())
            {
                continue;
            }
            var answer = moves > 1 ? Prove(child, moves - 1) : null;
            if (answer is null)
            {
                continue;
            }
            if (threat is not null && (answer.MateIn < threat.MateIn || EveryThreatStillWorks(child, threat)))
            {
                // Popeye prints a defence under a threat only if it stops at least one threat and allows no mate
                // shorter than the threat.
                continue;
            }
            Line($"{Indent(ply)}{PopeyeNotation.Number(ply)}{PopeyeNotation.Of(position, defence)}");
            foreach (var reply in answer.Keys)
            {
                WriteAttack(child, reply, ply + 1, answer.MateIn!.Value, "");
            }
        }
    }

    /// <summary>After the defence (in <paramref name="position"/>, the attacker to move), each threat move is still legal and still reaches the goal in the threat's length.</summary>
    private bool EveryThreatStillWorks(Position position, MateResult threat)
    {
        var legal = MoveOrder.SortedLegalMoves(position);
        foreach (var key in threat.Keys)
        {
            if (Array.IndexOf(legal, key) < 0)
            {
                return false;
            }
            var after = position.Clone();
            after.MakeMove(key);
            if (Refutations(after, threat.MateIn!.Value, limit: 1).Count > 0)
            {
                return false;
            }
        }
        return true;
    }

    private static string Indent(int ply) => new(' ', ply == 0 ? 3 : 2 + 4 * ply);

    private void Line(string text)
    {
        if (++_lines > _options.MaxLines)
        {
            throw new LineLimitException();
        }
        _text.Append(text).Append('\n');
    }

    private sealed class LineLimitException : Exception;
}
