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
    private int _solutions;

    private PopeyeTree(bool selfmate, PopeyeTreeOptions options, CancellationToken cancellationToken)
    {
        _selfmate = selfmate;
        _options = options;
        _table = new TranspositionTable(options.TableMegabytes);
        _cancellationToken = cancellationToken;
    }

    /// <summary>The solution block of <paramref name="position"/> (the attacker to move) for <paramref name="stipulation"/> (#N or s#N).</summary>
    /// <remarks>
    /// Partial when option MaxSolutions stopped it: Popeye counts keys and tries alike. Interrupted when
    /// <paramref name="cancellationToken"/> stopped it (the time limit): the lines written so far are kept, as Popeye
    /// keeps them.
    /// </remarks>
    public static (string Text, bool Partial, bool Interrupted) Write(Position position, Stipulation stipulation, PopeyeTreeOptions options, CancellationToken cancellationToken)
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
        catch (SolutionLimitException)
        {
            return (tree._text.ToString(), true, false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return (tree._text.ToString(), false, true);
        }
        return (tree._text.ToString(), false, false);
    }

    private void WriteProblem(Position position, int moves)
    {
        // The attacker in check cannot pass: Popeye then prints no set play at all, not even its empty line.
        if (_options.SetPlay && !position.InCheck)
        {
            var passed = position.Clone();
            passed.MakeNullMove();
            WriteDefences(passed, 1, moves, threat: null);
            Line("");
        }
        // A #1's keys must mate at once: Popeye takes them from its checking-move generator, in that order.
        var first = !_selfmate && moves == 1
            ? PopeyeMoveOrder.Sorted(position, PopeyeMoveOrder.Legal(position), mating: true)
            : PopeyeMoveOrder.Legal(position);
        foreach (var move in first)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var after = position.Clone();
            after.MakeMove(move);
            var refutations = Refutations(after, moves, limit: _options.Defences + 1);
            if (refutations is null)
            {
                continue;
            }
            if (refutations.Count == 0)
            {
                WriteAttack(position, move, 0, moves, " !");
                Line("");
                CountSolution();
            }
            else if (refutations.Count <= _options.Defences && _options.Tries && !StopsAtOnce(after))
            {
                WriteAttack(position, move, 0, moves, " ?");
                Line("    but");
                foreach (var refutation in refutations)
                {
                    Line($"      1...{PopeyeNotation.Of(after, refutation)} !");
                }
                Line("");
                CountSolution();
            }
        }
    }

    /// <summary>A first move that mates, stalemates or (in a selfmate) mates the wrong side has no defence to refute it.</summary>
    private static bool StopsAtOnce(Position after) => !after.HasLegalMove();

    /// <summary>
    /// The defences after the attacker's move (in <paramref name="after"/>) that escape the goal in the moves left (at most
    /// <paramref name="limit"/>); null when the move is neither key nor try (stalemate, or a directmate's last move that
    /// does not mate).
    /// </summary>
    private List<Move>? Refutations(Position after, int moves, int limit)
    {
        var escapes = new List<Move>();
        if (Reached(after))
        {
            return escapes;
        }
        var defences = PopeyeMoveOrder.Legal(after);
        if (defences.Length == 0 || moves == 1 && !_selfmate)
        {
            return null;
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

    private void WriteAttack(Position before, Move move, int ply, int moves, string mark)
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
            foreach (var mate in PopeyeMoveOrder.Legal(after))
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
            foreach (var key in Ordered(passed, threat))
            {
                WriteAttack(passed, key, ply + 2, threat.MateIn!.Value, "");
            }
        }
        WriteDefences(after, ply + 1, moves, threat);
    }

    /// <summary>The defences of <paramref name="position"/> (the defender to move) worth printing, each with the attacker's fastest answers.</summary>
    private void WriteDefences(Position position, int ply, int moves, MateResult? threat)
    {
        foreach (var defence in PopeyeMoveOrder.Legal(position))
        {
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
            foreach (var reply in Ordered(child, answer))
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
            if (Refutations(after, threat.MateIn!.Value, limit: 1) is not { Count: 0 })
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>The attacker's moves of <paramref name="result"/> in Popeye's order: a directmate's last move from its checking-move generator.</summary>
    private Move[] Ordered(Position position, MateResult result) =>
        PopeyeMoveOrder.Sorted(position, result.Keys, mating: !_selfmate && result.MateIn == 1);

    private static string Indent(int ply) => new(' ', ply == 0 ? 3 : 2 + 4 * ply);

    private void Line(string text)
    {
        if (++_lines > _options.MaxLines)
        {
            throw new LineLimitException();
        }
        _text.Append(text).Append('\n');
    }

    private void CountSolution()
    {
        if (++_solutions >= _options.MaxSolutions)
        {
            throw new SolutionLimitException();
        }
    }

    private sealed class LineLimitException : Exception;

    private sealed class SolutionLimitException : Exception;
}
