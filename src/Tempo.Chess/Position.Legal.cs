using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>
    /// Whether <paramref name="move"/> (any 16-bit move, e.g. one remembered from another position) is legal here:
    /// exactly when <see cref="GenerateLegalMoves"/> would list it, decided without listing the moves. Normal moves are
    /// tested from the bitboards (the piece's reach, the check and pin masks, the king's safety); castling, en passant
    /// and promotions, rare, by running the generator until it meets the move.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal bool IsLegal(Move move)
    {
        ref var s = ref Current;
        int us = s.Side, them = us ^ 1;
        int from = move.FromIndex, to = move.ToIndex;
        int code = s.Board.At(from);
        if (code == 0 || (code >> 3) != us || from == to)
        {
            return false;
        }
        if (move.Kind != Move.KindNormal)
        {
            var finder = new MoveFinderSink(move);
            Generate(ref s, ref finder);
            return finder.Done;
        }
        var ours = s.Bb.At(us);
        var toBit = 1UL << to;
        if ((ours & toBit) != 0 || (move.Value & 0x3000) != 0)
        {
            return false;
        }
        var theirs = s.Bb.At(them);
        var occupied = ours | theirs;
        var kingBit = s.Bb.At(KingIndex) & ours;
        var king = BitOperations.TrailingZeroCount(kingBit);
        int type = code & 7;
        if (type == (int)PieceType.King)
        {
            return (Attacks.King(from) & toBit) != 0
                && SafeKingTargets(ref s, them, king, occupied ^ kingBit, toBit) != 0;
        }
        var checkers = s.Checkers;
        if ((checkers & (checkers - 1)) != 0)
        {
            return false;
        }
        ulong reach = type switch
        {
            (int)PieceType.Pawn => PawnReach(us, from, occupied, theirs),
            (int)PieceType.Knight => Attacks.Knight(from),
            (int)PieceType.Bishop => Attacks.Bishop(from, occupied),
            (int)PieceType.Rook => Attacks.Rook(from, occupied),
            _ => Attacks.Queen(from, occupied),
        };
        if ((reach & toBit) == 0)
        {
            return false;
        }
        if (checkers != 0 && ((Attacks.Between(king, BitOperations.TrailingZeroCount(checkers)) | checkers) & toBit) == 0)
        {
            return false;
        }
        return (PinnedPieces(ref s, us, king, occupied) & (1UL << from)) == 0 || (Attacks.Line(king, from) & toBit) != 0;
    }

    /// <summary>The squares a pawn of <paramref name="us"/> on <paramref name="from"/> reaches by a normal move (never the last rank: that is a promotion).</summary>
    private static ulong PawnReach(int us, int from, ulong occupied, ulong theirs)
    {
        var white = us == (int)Color.White;
        var up = white ? 8 : -8;
        var one = from + up;
        ulong reach = Attacks.Pawn(us, from) & theirs;
        if ((occupied & (1UL << one)) == 0)
        {
            reach |= 1UL << one;
            if ((white ? from >> 3 == 1 : from >> 3 == 6) && (occupied & (1UL << (one + up))) == 0)
            {
                reach |= 1UL << (one + up);
            }
        }
        return reach & ~(white ? Rank8 : Rank1);
    }

    /// <summary>Stops the generator at one given move, if it is legal.</summary>
    private struct MoveFinderSink(Move wanted) : IMoveSink
    {
        private readonly Move _wanted = wanted;

        public static bool ChecksOnly => false;

        public bool Done { readonly get; private set; }

        public void AddTargets(int from, ulong targets) =>
            Done |= _wanted.Kind == Move.KindNormal && from == _wanted.FromIndex && (targets & (1UL << _wanted.ToIndex)) != 0;

        public void AddPawnMoves(ulong targets, int delta) =>
            Done |= _wanted.Kind == Move.KindNormal && (targets & (1UL << _wanted.ToIndex)) != 0 && _wanted.ToIndex - delta == _wanted.FromIndex;

        public void AddPromotions(int from, int to) =>
            Done |= _wanted.Kind == Move.KindPromotion && from == _wanted.FromIndex && to == _wanted.ToIndex;

        public void Add(Move move) => Done |= move == _wanted;
    }
}
