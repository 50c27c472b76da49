namespace Tempo.Chess.Solving;

/// <summary>
/// The defender's first tries before its moves are generated: at a node ordered without the replies' count (one
/// attacker move left), the table's refutation and the two killers come first anyway, and one of them almost always
/// refutes (1.02 defences tried per node), so listing every legal move first was wasted work at most of the nodes.
/// </summary>
internal sealed partial class MateSearch
{
    /// <summary>
    /// Defender to move at <paramref name="key"/>: tries <paramref name="hashMove"/>, then the two killers of this ply, each
    /// once and only if legal here, in the order <see cref="Defend"/> would try them from the generated list (so the tree
    /// and the node count are the same). False when one refutes (or the search is cut); null when none of them refutes:
    /// then the generated list's first moves are exactly these, already proven mated.
    /// </summary>
    private bool? TryFirstDefences(ulong key, int moves, Move hashMove)
    {
        Move killer1 = _killers[_ply * 2];
        Move killer2 = _killers[_ply * 2 + 1];
        if (TryIfLegal(key, moves, hashMove) is { } first)
        {
            return first;
        }
        if (killer1 != hashMove && TryIfLegal(key, moves, killer1) is { } second)
        {
            return second;
        }
        if (killer2 != hashMove && killer2 != killer1 && TryIfLegal(key, moves, killer2) is { } third)
        {
            return third;
        }
        return null;
    }

    /// <summary>One defence of <see cref="TryFirstDefences"/>: false when it refutes or the search is cut, null when it is mated or not legal here.</summary>
    private bool? TryIfLegal(ulong key, int moves, Move move)
    {
        if (move == Move.None || !_position.IsLegal(move))
        {
            return null;
        }
        var outcome = TryDefence(key, moves, move);
        if (outcome == DefenceOutcome.Mated)
        {
            return null;
        }
        if (outcome == DefenceOutcome.Refuted)
        {
            RememberKiller(move);
        }
        return false;
    }
}
