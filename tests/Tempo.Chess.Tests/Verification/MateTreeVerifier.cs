using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Reference;

namespace Tempo.Chess.Tests.Verification;

/// <summary>
/// Re-checks the prover's answers with the rules of the tests' own <see cref="MailboxBoard"/>: its move generator, its
/// check test and its position keys, sharing no code with Tempo.Chess (no bitboards, no Zobrist hashing, no move
/// generator of the engine). Moves cross over as UCI text only. It confirms that a tree answers every defence and ends
/// every variation in checkmate within the claimed number of moves, that lines are legal and end in mate, and, by its
/// own exhaustive search, that no shorter mate exists. A rules bug in the engine therefore cannot hide in both.
/// </summary>
internal sealed class MateTreeVerifier
{
    /// <summary>The longest mate (in moves) whose exhaustive checks are affordable with the slow reference board.</summary>
    public const int ExhaustiveLimit = 3;

    private readonly Dictionary<(string Position, int Moves, bool AttackerToMove), bool> _memo = [];
    private readonly string?[] _lastRefutation = new string?[64];

    /// <summary>Problems found in the tree under the key (empty when it is a correct proof of mate in <paramref name="mateIn"/>).</summary>
    public static List<string> CheckTree(string fen, MateTreeAttack key, int mateIn)
    {
        var problems = new List<string>();
        CheckAttack(MailboxBoard.FromFen(fen), key, mateIn, new List<string>(), problems);
        return problems;
    }

    /// <summary>Problems with a line: every move legal, and the last one checkmates.</summary>
    public static List<string> CheckLineEndsInMate(string fen, IReadOnlyList<Move> line)
    {
        var problems = new List<string>();
        var board = MailboxBoard.FromFen(fen);
        var played = new List<string>();
        foreach (var move in line)
        {
            var uci = move.ToUci();
            if (!board.LegalMoves().Contains(uci))
            {
                problems.Add($"'{uci}' is not legal after {string.Join(' ', played)}");
                return problems;
            }
            board = board.Play(uci);
            played.Add(uci);
        }
        if (!IsCheckmate(board))
        {
            problems.Add($"the line {string.Join(' ', played)} does not end in checkmate");
        }
        return problems;
    }

    /// <summary>Exhaustive: can the side to move force mate within <paramref name="moves"/> moves?</summary>
    public bool MateWithin(string fen, int moves) => AttackerMates(MailboxBoard.FromFen(fen), moves);

    /// <summary>Exhaustive: after <paramref name="move"/>, does the side that played it mate within the rest of <paramref name="moves"/>?</summary>
    public bool MoveMatesWithin(string fen, Move move, int moves)
    {
        var board = MailboxBoard.FromFen(fen);
        var uci = move.ToUci();
        return board.LegalMoves().Contains(uci) && DefenderLoses(board.Play(uci), moves - 1);
    }

    /// <summary>Exhaustive: every legal first move (UCI) after which the side that played it mates within the rest of <paramref name="moves"/>.</summary>
    public List<string> MatingMoves(string fen, int moves)
    {
        var board = MailboxBoard.FromFen(fen);
        return board.LegalMoves().Where(move => DefenderLoses(board.Play(move), moves - 1)).ToList();
    }

    private bool AttackerMates(MailboxBoard board, int moves)
    {
        if (moves <= 0)
        {
            return false;
        }
        var key = (board.Key(), moves, true);
        if (_memo.TryGetValue(key, out bool known))
        {
            return known;
        }
        bool result = false;
        foreach (var move in board.LegalMoves())
        {
            var after = board.Play(move);
            // With one move left only a checkmate counts, and a move that does not check cannot be one.
            bool mates = moves == 1 ? IsCheckmate(after) : DefenderLoses(after, moves - 1);
            if (mates)
            {
                result = true;
                break;
            }
        }
        _memo[key] = result;
        return result;
    }

    private bool DefenderLoses(MailboxBoard board, int moves)
    {
        if (moves <= 0)
        {
            return IsCheckmate(board);
        }
        var replies = board.LegalMoves();
        if (replies.Count == 0)
        {
            return board.InCheck();
        }
        var key = (board.Key(), moves, false);
        if (_memo.TryGetValue(key, out bool known))
        {
            return known;
        }
        bool result = true;
        // Try the defence that refuted a sibling first: the answer is the same, only found sooner.
        int last = _lastRefutation[moves] is { } refutation ? replies.IndexOf(refutation) : -1;
        if (last > 0)
        {
            (replies[0], replies[last]) = (replies[last], replies[0]);
        }
        foreach (var reply in replies)
        {
            if (!AttackerMates(board.Play(reply), moves))
            {
                _lastRefutation[moves] = reply;
                result = false;
                break;
            }
        }
        _memo[key] = result;
        return result;
    }

    private static void CheckAttack(MailboxBoard board, MateTreeAttack node, int budget, List<string> path, List<string> problems)
    {
        if (problems.Count > 10)
        {
            return;
        }
        var uci = node.Move.ToUci();
        if (!board.LegalMoves().Contains(uci))
        {
            problems.Add($"{Where(path)}: attacker move '{uci}' is not legal");
            return;
        }
        if (budget < 1)
        {
            problems.Add($"{Where(path)}: {uci} needs more moves than claimed");
            return;
        }
        if (node.MateIn > budget)
        {
            problems.Add($"{Where(path)}: {uci} claims mate in {node.MateIn} with only {budget} left");
        }
        var after = board.Play(uci);
        path.Add(uci);
        var defences = after.LegalMoves();
        if (defences.Count == 0)
        {
            if (!after.InCheck())
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
            var legal = defences.ToHashSet(StringComparer.Ordinal);
            var answered = node.Defences.Select(d => d.Move.ToUci()).ToHashSet(StringComparer.Ordinal);
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
                var reply = defence.Move.ToUci();
                if (defence.Reply is null)
                {
                    problems.Add($"{Where(path)}: defence {reply} has no answer");
                    continue;
                }
                if (!legal.Contains(reply))
                {
                    continue;
                }
                path.Add(reply);
                CheckAttack(after.Play(reply), defence.Reply, budget - 1, path, problems);
                path.RemoveAt(path.Count - 1);
            }
        }
        path.RemoveAt(path.Count - 1);
    }

    private static string Where(List<string> path) => path.Count == 0 ? "at the start" : $"after {string.Join(' ', path)}";

    private static bool IsCheckmate(MailboxBoard board) => board.InCheck() && !board.HasLegalMove();
}
