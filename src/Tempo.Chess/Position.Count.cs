using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>The number of legal moves, computed from target-square popcounts without listing the moves (perft's last ply).</summary>
    public int CountLegalMoves() => CountLegal(ref Current);

    /// <summary>Perft below the current position by copy-make on the call stack, without hash or move counters.</summary>
    internal long CountLeaves(int depth) => depth == 0 ? 1 : CountLeaves(ref Current, depth);

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

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static int CountLegal(ref BoardState s)
    {
        int us = s.Side, them = us ^ 1;
        var ours = s.Bb.At(us);
        var theirs = s.Bb.At(them);
        var occupied = ours | theirs;
        var kingBit = s.Bb.At(KingIndex) & ours;
        var king = BitOperations.TrailingZeroCount(kingBit);
        var checkers = s.Checkers;
        var n = 0;

        var kingTargets = Attacks.King(king) & ~ours;
        if (kingTargets != 0)
        {
            // Leapers and pawns first, in bulk; only the squares they leave need a slider look-up each.
            var theirPawns = s.Bb.At(PawnIndex) & theirs;
            kingTargets &= ~(them == (int)Color.White
                ? ((theirPawns & ~FileA) << 7) | ((theirPawns & ~FileH) << 9)
                : ((theirPawns & ~FileA) >> 9) | ((theirPawns & ~FileH) >> 7));
            kingTargets &= ~Attacks.King(BitOperations.TrailingZeroCount(s.Bb.At(KingIndex) & theirs));
            var theirKnights = s.Bb.At(KnightIndex) & theirs;
            while (theirKnights != 0 && kingTargets != 0)
            {
                kingTargets &= ~Attacks.Knight(BitOperations.TrailingZeroCount(theirKnights));
                theirKnights &= theirKnights - 1;
            }
            var withoutKing = occupied ^ kingBit;
            var diagonalSliders = (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)) & theirs;
            var straightSliders = (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)) & theirs;
            while (kingTargets != 0)
            {
                var to = BitOperations.TrailingZeroCount(kingTargets);
                kingTargets &= kingTargets - 1;
                if ((Attacks.Bishop(to, withoutKing) & diagonalSliders) == 0 && (Attacks.Rook(to, withoutKing) & straightSliders) == 0)
                {
                    n++;
                }
            }
        }
        if ((checkers & (checkers - 1)) != 0)
        {
            return n;
        }

        var target = checkers != 0
            ? Attacks.Between(king, BitOperations.TrailingZeroCount(checkers)) | checkers
            : ~ours;
        var pinned = PinnedPieces(ref s, us, king, occupied);

        var knights = s.Bb.At(KnightIndex) & ours & ~pinned;
        while (knights != 0)
        {
            var from = BitOperations.TrailingZeroCount(knights);
            knights &= knights - 1;
            n += BitOperations.PopCount(Attacks.Knight(from) & target);
        }

        var diagonal = (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)) & ours;
        while (diagonal != 0)
        {
            var from = BitOperations.TrailingZeroCount(diagonal);
            diagonal &= diagonal - 1;
            var targets = Attacks.Bishop(from, occupied) & target;
            if ((pinned & (1UL << from)) != 0)
            {
                targets &= Attacks.Line(king, from);
            }
            n += BitOperations.PopCount(targets);
        }

        var straight = (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)) & ours;
        while (straight != 0)
        {
            var from = BitOperations.TrailingZeroCount(straight);
            straight &= straight - 1;
            var targets = Attacks.Rook(from, occupied) & target;
            if ((pinned & (1UL << from)) != 0)
            {
                targets &= Attacks.Line(king, from);
            }
            n += BitOperations.PopCount(targets);
        }

        var white = us == (int)Color.White;
        var up = white ? 8 : -8;
        var lastRank = white ? Rank8 : Rank1;
        var thirdRank = white ? Rank3 : Rank6;
        var empty = ~occupied;
        var pawns = s.Bb.At(PawnIndex) & ours;
        var free = pawns & ~pinned;
        var single = (white ? free << 8 : free >> 8) & empty;
        var dbl = (white ? (single & thirdRank) << 8 : (single & thirdRank) >> 8) & empty & target;
        single &= target;
        var west = (white ? (free & ~FileA) << 7 : (free & ~FileA) >> 9) & theirs & target;
        var east = (white ? (free & ~FileH) << 9 : (free & ~FileH) >> 7) & theirs & target;
        n += BitOperations.PopCount(single & ~lastRank) + BitOperations.PopCount(dbl)
            + BitOperations.PopCount(west & ~lastRank) + BitOperations.PopCount(east & ~lastRank)
            + 4 * (BitOperations.PopCount(single & lastRank) + BitOperations.PopCount(west & lastRank) + BitOperations.PopCount(east & lastRank));

        var pinnedPawns = pawns & pinned;
        while (pinnedPawns != 0)
        {
            var from = BitOperations.TrailingZeroCount(pinnedPawns);
            pinnedPawns &= pinnedPawns - 1;
            ulong targets = Attacks.Pawn(us, from) & theirs;
            var one = from + up;
            if ((empty & (1UL << one)) != 0)
            {
                targets |= 1UL << one;
                if (((1UL << one) & thirdRank) != 0 && (empty & (1UL << (one + up))) != 0)
                {
                    targets |= 1UL << (one + up);
                }
            }
            targets &= target & Attacks.Line(king, from);
            n += BitOperations.PopCount(targets & ~lastRank) + 4 * BitOperations.PopCount(targets & lastRank);
        }

        if (s.EnPassant != BoardState.NoSquare || (checkers == 0 && s.Castling != 0))
        {
            Span<Move> rare = stackalloc Move[4];
            if (s.EnPassant != BoardState.NoSquare)
            {
                n += GenerateEnPassant(ref s, rare, 0, us, king, occupied, pawns);
            }
            if (checkers == 0 && s.Castling != 0)
            {
                n += GenerateCastling(ref s, rare, 0, us, occupied, theirs);
            }
        }
        return n;
    }
}
