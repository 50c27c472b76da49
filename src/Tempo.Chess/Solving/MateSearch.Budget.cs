namespace Tempo.Chess.Solving;

/// <summary>
/// Refutation by budget (a step towards proof-number search): a defender node with five or more attacker moves left
/// tries its first two open defences in turn with a node budget each, multiplying the budget by four each round, so a
/// defence with a small refutation tree is found before the search sinks into the big tree of another. A defence that
/// is proven mated drops out and the next one joins. Exact: a defence counts only once its subtree is searched to the
/// end (refuted or mated); a search cut by the budget returns at once, stores nothing on its way out, and is taken up
/// again in a later round (the table keeps every bound proven inside it). A cut at an outer budget passes outwards.
/// </summary>
internal sealed partial class MateSearch
{
    /// <summary>
    /// Defender nodes with at least this many attacker moves left choose their refutation by budget. Measured (nodes):
    /// from 3 the 117 dev mates (#1-#5) took 8 % more, from 5 2 % fewer (with the table-first order), while the #8s
    /// kept nearly all of the gain.
    /// </summary>
    private const int BudgetFromMoves = 5;

    /// <summary>The first round's node budget per defence.</summary>
    private const long FirstBudget = 1000;

    /// <summary>How many open defences share each round (more spreads the budget too thin: measured 2 best of 2, 3 and all).</summary>
    private const int BudgetWidth = 2;

    /// <summary>The budget is multiplied by this after each round.</summary>
    private const int BudgetGrowth = 4;

    /// <summary>The node count at which the search in progress stops (long.MaxValue: no budget), and whether it did.</summary>
    private long _nodeLimit = long.MaxValue;
    private bool _overBudget;

    /// <summary>Defender to move, <paramref name="list"/>[..<paramref name="first"/>] already ordered first: <see cref="Defend"/> by budget.</summary>
    private bool DefendByBudget(ulong key, int moves, Span<Move> list, Span<int> scores, int first)
    {
        int count = list.Length;
        if (first < count)
        {
            ScoreDefenderMoves(list[first..], scores[first..], true, moves);
        }
        for (int i = first; i < count; i++)
        {
            PickNext(list, scores, i, count);
        }
        // Defences still open, in order; mated ones are dropped.
        Span<int> open = stackalloc int[count];
        for (int i = 0; i < count; i++)
        {
            open[i] = i;
        }
        int openCount = count;
        long outerLimit = _nodeLimit;
        long budget = FirstBudget;
        while (true)
        {
            int kept = 0;
            int width = Math.Min(openCount, BudgetWidth);
            for (int j = 0; j < width; j++)
            {
                int index = open[j];
                bool last = openCount - j == 1 && kept == 0;
                Move move = list[index];
                _nodeLimit = last ? outerLimit : Math.Min(outerLimit, _nodes + budget);
                DefenceOutcome outcome;
                try
                {
                    outcome = TryDefence(key, moves, move);
                }
                finally
                {
                    // Also when the time runs out inside: the search may be used again (the extractor's, a UCI engine's).
                    _nodeLimit = outerLimit;
                }
                if (outcome == DefenceOutcome.Cut)
                {
                    if (_nodes > outerLimit || _abandoned)
                    {
                        return false;
                    }
                    _overBudget = false;
                    open[kept++] = index;
                    continue;
                }
                if (outcome == DefenceOutcome.Refuted)
                {
                    RememberKiller(move);
                    return false;
                }
            }
            for (int j = width; j < openCount; j++)
            {
                open[kept++] = open[j];
            }
            if (kept == 0)
            {
                _table.StoreMate(key, moves, Move.None);
                return true;
            }
            openCount = kept;
            budget *= BudgetGrowth;
        }
    }
}
