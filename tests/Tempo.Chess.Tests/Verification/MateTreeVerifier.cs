using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests.Verification;

/// <summary>
/// Re-checks the prover's answers on its own code path: it uses only the rules engine's legal move generation
/// (no check generator, no transposition table of the solver, no move ordering). It confirms that a tree answers
/// every defence and ends every variation in checkmate within the claimed number of moves, that lines are legal
/// and end in mate, and, by its own exhaustive search, that no shorter mate exists.
/// </summary>
internal sealed class MateTreeVerifier
{
    private readonly Dictionary<(ulong Hash, int Moves, bool AttackerToMove), bool> _memo = [];
    private readonly Move[] _lastRefutation = new Move[64];

    /// <summary>Problems found in the tree under the key (empty when it is a correct proof of mate in <paramref name="mateIn"/>).</summary>
    public static List<string> CheckTree(string fen, MateTreeAttack key, int mateIn)
    {
        var problems = new List<string>();
        var position = Position.Parse(fen);
        CheckAttack(position, key, mateIn, new List<string>(), problems);
        return problems;
    }

    /// <summary>Problems with a line: every move legal, and the last one checkmates.</summary>
    public static List<string> CheckLineEndsInMate(string fen, IReadOnlyList<string> line)
    {
        var problems = new List<string>();
        var position = Position.Parse(fen);
        foreach (var san in line)
        {
            var move = FindBySan(position, san);
            if (move is null)
            {
                problems.Add($"'{san}' is not legal after {string.Join(' ', line.TakeWhile(s => s != san))}");
                return problems;
            }
            position.MakeMove(move.Value);
        }
        if (!IsCheckmate(position))
        {
            problems.Add($"the line {string.Join(' ', line)} does not end in checkmate");
        }
        return problems;
    }

    /// <summary>Exhaustive: can the side to move force mate within <paramref name="moves"/> moves?</summary>
    public bool MateWithin(Position position, int moves) => AttackerMates(position, moves);

    /// <summary>Exhaustive: after <paramref name="move"/>, does the side that played it mate within the rest of <paramref name="moves"/>?</summary>
    public bool MoveMatesWithin(Position position, Move move, int moves)
    {
        position.MakeMove(move);
        bool mates = DefenderLoses(position, moves - 1);
        position.UnmakeMove();
        return mates;
    }

    private bool AttackerMates(Position position, int moves)
    {
        if (moves <= 0)
        {
            return false;
        }
        var key = (position.Hash, moves, true);
        if (_memo.TryGetValue(key, out bool known))
        {
            return known;
        }
        bool result = false;
        foreach (var move in LegalMoves(position))
        {
            position.MakeMove(move);
            bool mates = DefenderLoses(position, moves - 1);
            position.UnmakeMove();
            if (mates)
            {
                result = true;
                break;
            }
        }
        _memo[key] = result;
        return result;
    }

    private bool DefenderLoses(Position position, int moves)
    {
        if (moves <= 0)
        {
            return position.InCheck && !position.HasLegalMove();
        }
        var replies = LegalMoves(position);
        if (replies.Count == 0)
        {
            return InCheck(position);
        }
        if (moves <= 0)
        {
            return false;
        }
        var key = (position.Hash, moves, false);
        if (_memo.TryGetValue(key, out bool known))
        {
            return known;
        }
        bool result = true;
        // Try the defence that refuted a sibling first: the answer is the same, only found sooner.
        int last = replies.IndexOf(_lastRefutation[moves]);
        if (last > 0)
        {
            (replies[0], replies[last]) = (replies[last], replies[0]);
        }
        foreach (var reply in replies)
        {
            position.MakeMove(reply);
            bool mated = AttackerMates(position, moves);
            position.UnmakeMove();
            if (!mated)
            {
                _lastRefutation[moves] = reply;
                result = false;
                break;
            }
        }
        _memo[key] = result;
        return result;
    }

    private static void CheckAttack(Position position, MateTreeAttack node, int budget, List<string> path, List<string> problems)
    {
        if (problems.Count > 10)
        {
            return;
        }
        var move = FindBySan(position, node.San);
        if (move is null)
        {
            problems.Add($"{Where(path)}: attacker move '{node.San}' is not legal");
            return;
        }
        if (budget < 1)
        {
            problems.Add($"{Where(path)}: {node.San} needs more moves than claimed");
            return;
        }
        if (node.MateIn > budget)
        {
            problems.Add($"{Where(path)}: {node.San} claims mate in {node.MateIn} with only {budget} left");
        }
        position.MakeMove(move.Value);
        path.Add(node.San);
        var defences = LegalMoves(position);
        if (defences.Count == 0)
        {
            if (!InCheck(position))
            {
                problems.Add($"{Where(path)}: stalemate, not mate");
            }
        }
        else if (node.Defences.Count == 0)
        {
            problems.Add($"{Where(path)}: not checkmate, and no defence is answered");
        }
        else
        {
            var legal = defences.Select(d => position.ToSan(d)).ToHashSet(StringComparer.Ordinal);
            var answered = node.Defences.Select(d => d.San).ToHashSet(StringComparer.Ordinal);
            foreach (var missing in legal.Except(answered))
            {
                problems.Add($"{Where(path)}: defence {missing} is not answered");
            }
            foreach (var extra in answered.Except(legal))
            {
                problems.Add($"{Where(path)}: {extra} is not a legal defence");
            }
            foreach (var defence in node.Defences)
            {
                var reply = FindBySan(position, defence.San);
                if (reply is null || defence.Reply is null)
                {
                    if (defence.Reply is null)
                    {
                        problems.Add($"{Where(path)}: defence {defence.San} has no answer");
                    }
                    continue;
                }
                position.MakeMove(reply.Value);
                path.Add(defence.San);
                CheckAttack(position, defence.Reply, budget - 1, path, problems);
                path.RemoveAt(path.Count - 1);
                position.UnmakeMove();
            }
        }
        path.RemoveAt(path.Count - 1);
        position.UnmakeMove();
    }

    private static string Where(List<string> path) => path.Count == 0 ? "at the start" : $"after {string.Join(' ', path)}";

    private static Move? FindBySan(Position position, string san)
    {
        foreach (var move in LegalMoves(position))
        {
            if (position.ToSan(move) == san)
            {
                return move;
            }
        }
        return null;
    }

    private static List<Move> LegalMoves(Position position)
    {
        Span<Move> buffer = stackalloc Move[Position.MaxMoves];
        int count = position.GenerateLegalMoves(buffer);
        return [.. buffer[..count]];
    }

    private static bool IsCheckmate(Position position) => LegalMoves(position).Count == 0 && InCheck(position);

    private static bool InCheck(Position position) => position.InCheck;
}
