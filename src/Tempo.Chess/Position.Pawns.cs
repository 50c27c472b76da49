using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    private const ulong Rank1 = 0xFFUL;
    private const ulong Rank3 = Rank1 << 16;
    private const ulong Rank6 = Rank1 << 40;
    private const ulong Rank8 = Rank1 << 56;

    /// <summary>
    /// Pawn moves of the one generator: the unpinned pawns in bulk by shifts (pushes, double pushes, captures toward
    /// the a-file, toward the h-file, then the promotions of each), the pinned ones along their pin line, en passant last.
    /// Inlined: the counting sink's pawn moves are a few popcounts, cheaper than the call.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void GeneratePawnMoves<TSink>(
        ref BoardState s, ref TSink sink, in CheckSquares checks, int us, int king, ulong occupied, ulong theirs, ulong target, ulong pinned)
        where TSink : struct, IMoveSink, allows ref struct
    {
        var white = us == (int)Color.White;
        var up = white ? 8 : -8;
        var lastRank = white ? Rank8 : Rank1;
        var thirdRank = white ? Rank3 : Rank6;
        var empty = ~occupied;
        var pawns = s.Bb.At(PawnIndex) & s.Bb.At(us);
        var free = pawns & ~pinned;

        var single = (white ? free << 8 : free >> 8) & empty;
        var dbl = (white ? (single & thirdRank) << 8 : (single & thirdRank) >> 8) & empty & target;
        single &= target;
        var west = (white ? (free & ~FileA) << 7 : (free & ~FileA) >> 9) & theirs & target;
        var east = (white ? (free & ~FileH) << 9 : (free & ~FileH) >> 7) & theirs & target;
        var westDelta = white ? 7 : -9;
        var eastDelta = white ? 9 : -7;

        AddPawnMoves(ref sink, in checks, pawns, single & ~lastRank, up);
        AddPawnMoves(ref sink, in checks, pawns, dbl, up + up);
        AddPawnMoves(ref sink, in checks, pawns, west & ~lastRank, westDelta);
        AddPawnMoves(ref sink, in checks, pawns, east & ~lastRank, eastDelta);
        if (((single | west | east) & lastRank) != 0)
        {
            AddPromotions(ref s, ref sink, single & lastRank, 0, up);
            AddPromotions(ref s, ref sink, west & lastRank, 0, westDelta);
            AddPromotions(ref s, ref sink, east & lastRank, 0, eastDelta);
        }
        if (sink.Done)
        {
            return;
        }

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
            // A pawn's targets are all on one rank, so they are either all promotions or none.
            if ((targets & lastRank) != 0)
            {
                AddPromotions(ref s, ref sink, targets, from, 0);
            }
            else
            {
                sink.AddTargets(from, TSink.ChecksOnly ? targets & checks.Wanted(from, checks.Pawn) : targets);
            }
        }

        if (s.EnPassant != BoardState.NoSquare && !sink.Done)
        {
            GenerateEnPassant(ref s, ref sink, us, king, occupied, pawns);
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void AddPawnMoves<TSink>(ref TSink sink, in CheckSquares checks, ulong pawns, ulong targets, int delta)
        where TSink : struct, IMoveSink, allows ref struct
    {
        if (TSink.ChecksOnly)
        {
            targets = checks.PawnTargets(pawns, targets, delta);
        }
        sink.AddPawnMoves(targets, delta);
    }

    /// <summary>The promotions to each square of <paramref name="targets"/>, from its square minus <paramref name="delta"/> (from <paramref name="from"/> when the delta is 0).</summary>
    private static void AddPromotions<TSink>(ref BoardState s, ref TSink sink, ulong targets, int from, int delta)
        where TSink : struct, IMoveSink, allows ref struct
    {
        while (targets != 0)
        {
            var to = BitOperations.TrailingZeroCount(targets);
            targets &= targets - 1;
            var origin = delta == 0 ? from : to - delta;
            if (TSink.ChecksOnly)
            {
                AddSpecial(ref s, ref sink, new Move(origin, to, Move.KindPromotion, PieceType.Queen));
                AddSpecial(ref s, ref sink, new Move(origin, to, Move.KindPromotion, PieceType.Rook));
                AddSpecial(ref s, ref sink, new Move(origin, to, Move.KindPromotion, PieceType.Bishop));
                AddSpecial(ref s, ref sink, new Move(origin, to, Move.KindPromotion, PieceType.Knight));
            }
            else
            {
                sink.AddPromotions(origin, to);
            }
        }
    }

    /// <summary>En passant is rare, so each candidate is checked by recomputing the attacks on the king after it.</summary>
    private static void GenerateEnPassant<TSink>(ref BoardState s, ref TSink sink, int us, int king, ulong occupied, ulong pawns)
        where TSink : struct, IMoveSink, allows ref struct
    {
        var them = us ^ 1;
        var ep = s.EnPassant;
        var capturedBit = 1UL << (ep ^ 8);
        var candidates = Attacks.Pawn(them, ep) & pawns;
        var theirs = s.Bb.At(them);
        while (candidates != 0)
        {
            var from = BitOperations.TrailingZeroCount(candidates);
            candidates &= candidates - 1;
            var after = (occupied ^ (1UL << from) ^ capturedBit) | (1UL << ep);
            var attackers =
                (Attacks.Rook(king, after) & (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)))
                | (Attacks.Bishop(king, after) & (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)))
                | (Attacks.Knight(king) & s.Bb.At(KnightIndex))
                | (Attacks.Pawn(us, king) & s.Bb.At(PawnIndex) & ~capturedBit);
            if ((attackers & theirs) == 0)
            {
                AddSpecial(ref s, ref sink, new Move(from, ep, Move.KindEnPassant));
            }
        }
    }
}
