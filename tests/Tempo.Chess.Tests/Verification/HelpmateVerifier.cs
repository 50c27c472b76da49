using Tempo.Chess.Tests.Reference;

namespace Tempo.Chess.Tests.Verification;

/// <summary>
/// Re-checks helpmate answers with the tests' own <see cref="MailboxBoard"/> (no engine code; moves cross as UCI text):
/// a stated solution must be legal move by move, exactly as long as stipulated and end with Black checkmated; and its
/// own brute-force enumeration lists every helpmate of a small position, so a missed or extra solution shows.
/// </summary>
internal sealed class HelpmateVerifier
{
    private readonly Dictionary<(string Key, int Left), List<string[]>> _memo = [];

    /// <summary>Problems with one stated solution (empty when it is a helpmate in exactly <paramref name="halfMoves"/>).</summary>
    public static List<string> CheckSolution(string fen, IReadOnlyList<string> solution, int halfMoves)
    {
        var problems = new List<string>();
        if (solution.Count != halfMoves)
        {
            problems.Add($"{string.Join(' ', solution)}: {solution.Count} half-moves, not {halfMoves}");
            return problems;
        }
        var board = MailboxBoard.FromFen(fen);
        foreach (var uci in solution)
        {
            if (!board.LegalMoves().Contains(uci))
            {
                problems.Add($"{string.Join(' ', solution)}: '{uci}' is not legal");
                return problems;
            }
            board = board.Play(uci);
        }
        bool blackToMove = board.PlacementSideCastling().Split(' ')[1] == "b";
        if (!blackToMove || !board.InCheck() || board.HasLegalMove())
        {
            problems.Add($"{string.Join(' ', solution)}: does not end with Black checkmated");
        }
        return problems;
    }

    /// <summary>Every helpmate of exactly <paramref name="halfMoves"/> half-moves from <paramref name="fen"/>, as space-separated UCI lines, sorted.</summary>
    public List<string> AllSolutions(string fen, int halfMoves) =>
        Enumerate(MailboxBoard.FromFen(fen), halfMoves).Select(line => string.Join(' ', line)).Order(StringComparer.Ordinal).ToList();

    private List<string[]> Enumerate(MailboxBoard board, int left)
    {
        var key = (board.Key(), left);
        if (_memo.TryGetValue(key, out var known))
        {
            return known;
        }
        var found = new List<string[]>();
        bool whiteToMove = board.PlacementSideCastling().Split(' ')[1] == "w";
        foreach (var move in board.LegalMoves())
        {
            var after = board.Play(move);
            if (left == 1)
            {
                if (whiteToMove && after.InCheck() && !after.HasLegalMove())
                {
                    found.Add([move]);
                }
                continue;
            }
            foreach (var rest in Enumerate(after, left - 1))
            {
                found.Add([move, .. rest]);
            }
        }
        _memo[key] = found;
        return found;
    }
}
