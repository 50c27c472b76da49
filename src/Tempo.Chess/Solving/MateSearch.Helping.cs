namespace Tempo.Chess.Solving;

/// <summary>
/// Two workers on one first move (more threads than first moves left): each proves the same question, the helper
/// taking the defences in another order, and both store into the shared table, so each finds the other's proven
/// subtrees there. The first to finish gives the (exact) answer and raises the <see cref="StopSignal"/>; the other
/// unwinds as from a budget cut, storing nothing on its way out. The answer does not depend on who finishes first.
/// </summary>
internal sealed partial class MateSearch
{
    private StopSignal? _stop;
    private bool _abandoned;

    /// <summary>Raised when another worker has answered the first move this search is on: the search then gives up.</summary>
    public StopSignal? Stop
    {
        get => _stop;
        set
        {
            _stop = value;
            _abandoned = false;
            _overBudget = false;
        }
    }

    private void PollStop()
    {
        if (_stop is { Raised: true })
        {
            _abandoned = true;
        }
    }

    /// <summary>
    /// The rest of <see cref="Defend"/> for a helper of rank <paramref name="rank"/> (1, 2, …): the defences in the usual
    /// order but starting at the rank's share of the list and wrapping round, so that owner and helpers prove different
    /// defences first.
    /// </summary>
    private bool DefendFrom(ulong key, int moves, Span<Move> list, Span<int> scores, int first, bool byReplies, int rank)
    {
        int count = list.Length;
        ScoreDefenderMoves(list[first..], scores[first..], byReplies, moves);
        for (int i = first; i < count; i++)
        {
            PickNext(list, scores, i, count);
        }
        int start = count * rank / (rank + 1);
        for (int j = 0; j < count; j++)
        {
            if (TryDefence(key, moves, list[(start + j) % count]) != DefenceOutcome.Mated)
            {
                return false;
            }
        }
        _table.StoreMate(key, moves, Move.None);
        return true;
    }
}

/// <summary>Raised once the first move it belongs to is answered, telling the other workers on it to give up.</summary>
internal sealed class StopSignal
{
    private volatile bool _raised;

    public bool Raised => _raised;

    public void Raise() => _raised = true;
}
