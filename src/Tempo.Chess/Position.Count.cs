using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>Perft below the current position by copy-make on the call stack, without hash or move counters.</summary>
    internal long CountLeaves(int depth) => depth == 0 ? 1 : CountLeaves(ref Current, depth);

    /// <summary>
    /// The number of legal replies to the legal <paramref name="move"/>, and whether it gives check, played on a copy of
    /// the state without hash or mailbox (the count reads neither): the mate search scores the defences this way.
    /// </summary>
    internal int CountRepliesAfter(Move move, out bool givesCheck)
    {
        var child = Current;
        Apply<LeafMake>(ref child, move);
        givesCheck = child.Checkers != 0;
        return CountLegal(ref child);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long CountLeaves(ref BoardState s, int depth)
    {
        if (depth == 1)
        {
            return CountLegal(ref s);
        }
        Span<Move> moves = stackalloc Move[MaxMoves];
        var count = Generate(ref s, moves);
        long nodes = 0;
        BoardState child;
        if (depth == 2)
        {
            for (var i = 0; i < count; i++)
            {
                child = s;
                Apply<LeafMake>(ref child, moves[i]);
                nodes += CountLegal(ref child);
            }
            return nodes;
        }
        for (var i = 0; i < count; i++)
        {
            child = s;
            Apply<CountingMake>(ref child, moves[i]);
            nodes += CountLeaves(ref child, depth - 1);
        }
        return nodes;
    }
}
