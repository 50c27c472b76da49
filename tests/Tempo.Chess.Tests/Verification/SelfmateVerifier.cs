using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Reference;

namespace Tempo.Chess.Tests.Verification;

/// <summary>
/// Re-checks selfmate answers with the tests' own <see cref="MailboxBoard"/> (no engine code; moves cross as UCI text):
/// by exhaustive search, a key forces the defender to mate within the moves stated against every defence and no other
/// first move does; and a solution tree answers every defence legally, each variation ending in the defender's mate.
/// </summary>
internal sealed class SelfmateVerifier
{
    private readonly Dictionary<(string Key, int Moves), bool> _memo = [];

    /// <summary>Exhaustive: after the attacker's <paramref name="move"/>, is the defender forced to mate within <paramref name="moves"/> of its moves?</summary>
    public bool MoveForces(string fen, string move, int moves) => DefenderForced(MailboxBoard.FromFen(fen).Play(move), moves);

    /// <summary>Every first move of the side to move that forces a selfmate within <paramref name="moves"/>, sorted.</summary>
    public List<string> Keys(string fen, int moves)
    {
        var board = MailboxBoard.FromFen(fen);
        return board.LegalMoves().Where(m => DefenderForced(board.Play(m), moves)).Order(StringComparer.Ordinal).ToList();
    }

    /// <summary>Problems found in a selfmate tree (empty when every defence is answered and every variation ends in the defender's mate).</summary>
    public static List<string> CheckTree(string fen, MateTreeAttack key)
    {
        var problems = new List<string>();
        CheckAttack(MailboxBoard.FromFen(fen), key, problems, []);
        return problems;
    }

    private static void CheckAttack(MailboxBoard board, MateTreeAttack node, List<string> problems, List<string> path)
    {
        var uci = node.Move.ToUci();
        if (!board.LegalMoves().Contains(uci))
        {
            problems.Add($"{string.Join(' ', path)} {uci}: illegal attacker move");
            return;
        }
        var after = board.Play(uci);
        var legal = after.LegalMoves().Order(StringComparer.Ordinal).ToList();
        var listed = node.Defences.Select(d => d.Move.ToUci()).Order(StringComparer.Ordinal).ToList();
        if (!legal.SequenceEqual(listed))
        {
            problems.Add($"{string.Join(' ', path)} {uci}: defences listed [{string.Join(' ', listed)}], legal [{string.Join(' ', legal)}]");
            return;
        }
        foreach (var defence in node.Defences)
        {
            var next = after.Play(defence.Move.ToUci());
            var line = new List<string>(path) { uci, defence.Move.ToUci() };
            bool mates = next.InCheck() && !next.HasLegalMove();
            if (defence.Mates != mates)
            {
                problems.Add($"{string.Join(' ', line)}: marked mating = {defence.Mates}, mailbox says {mates}");
            }
            else if (!mates && defence.Reply is { } reply)
            {
                CheckAttack(next, reply, problems, line);
            }
            else if (!mates)
            {
                problems.Add($"{string.Join(' ', line)}: no answer");
            }
        }
    }

    /// <summary>Defender to move: whatever it plays, is it made to mate within <paramref name="moves"/> of its own moves?</summary>
    private bool DefenderForced(MailboxBoard board, int moves)
    {
        var key = (board.Key(), moves);
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }
        var defences = board.LegalMoves();
        bool forced = defences.Count > 0;
        foreach (var defence in defences)
        {
            var after = board.Play(defence);
            if (after.InCheck() && !after.HasLegalMove())
            {
                continue;
            }
            if (moves == 1 || !after.LegalMoves().Any(answer => DefenderForced(after.Play(answer), moves - 1)))
            {
                forced = false;
                break;
            }
        }
        _memo[key] = forced;
        return forced;
    }
}
