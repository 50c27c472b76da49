namespace Tempo.Chess.Solving;

internal sealed partial class SolutionExtractor
{
    /// <summary>
    /// Set play: if the attacker could pass in the diagram, each defender move and the attacker's fastest answer that
    /// still (self)mates within <paramref name="mateIn"/> moves, the pass counted as the first. Defences without such an
    /// answer are left out; null when the attacker is in check (it cannot pass).
    /// </summary>
    public List<MateTreeDefence>? SetPlay(int mateIn)
    {
        if (_position.InCheck)
        {
            return null;
        }
        int start = _position.Ply;
        int dualsBefore = _duals.Count;
        try
        {
            _position.MakeNullMove();
            var set = new List<MateTreeDefence>();
            foreach (var defence in MoveOrder.SortedLegalMoves(_position))
            {
                _position.MakeMove(defence);
                int distance = DistanceAfterDefence(mateIn - 1);
                if (distance == 0 && AttackerMated())
                {
                    set.Add(new MateTreeDefence(defence, null, Mates: true));
                }
                else if (distance > 0)
                {
                    var answers = WinningMoves(distance);
                    var reply = BuildAttack(answers[0], distance, answers[1..], [Move.None, defence]);
                    set.Add(new MateTreeDefence(defence, reply));
                }
                _position.UnmakeMove();
            }
            return set;
        }
        finally
        {
            Rewind(start);
            // Set play's own duals are not the solution's.
            _duals.RemoveRange(dualsBefore, _duals.Count - dualsBefore);
        }
    }
}
