using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>
    /// True if the side to move has a move that checkmates. Only checking moves are generated, and each is tested as the
    /// generator finds it, on a copy of the state that keeps no hash or mailbox (the reply test reads neither), stopping
    /// at the first mate: no list, no make/unmake on the history.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool HasMateInOne()
    {
        var sink = new MateInOneSink(ref Current);
        Generate(ref Current, ref sink);
        return sink.Done;
    }

    /// <summary>Whether the legal checking <paramref name="move"/> mates, played on a copy of <paramref name="s"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Mates(ref BoardState s, Move move)
    {
        var child = s;
        Apply<LeafMake>(ref child, move);
        var any = new AnyMoveSink();
        Generate(ref child, ref any);
        return !any.Done;
    }

    /// <summary>Receives the checking moves and stops the generator at the first that mates.</summary>
    private ref struct MateInOneSink : IMoveSink
    {
        private readonly ref BoardState _state;

        public MateInOneSink(ref BoardState state)
        {
            _state = ref state;
        }

        public static bool ChecksOnly => true;

        public bool Done { readonly get; private set; }

        public void AddTargets(int from, ulong targets)
        {
            while (targets != 0 && !Done)
            {
                Done = Mates(ref _state, new Move(from, BitOperations.TrailingZeroCount(targets)));
                targets &= targets - 1;
            }
        }

        public void AddPawnMoves(ulong targets, int delta)
        {
            while (targets != 0 && !Done)
            {
                var to = BitOperations.TrailingZeroCount(targets);
                Done = Mates(ref _state, new Move(to - delta, to));
                targets &= targets - 1;
            }
        }

        public void AddPromotions(int from, int to) =>
            throw new InvalidOperationException("a checks-only generation adds promotions one by one");

        public void Add(Move move)
        {
            if (!Done)
            {
                Done = Mates(ref _state, move);
            }
        }
    }
}
