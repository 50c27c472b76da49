using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    private const ulong FileA = 0x0101010101010101UL;
    private const ulong FileH = FileA << 7;
    private const ulong Rank1 = 0xFFUL;
    private const ulong Rank3 = Rank1 << 16;
    private const ulong Rank6 = Rank1 << 40;
    private const ulong Rank8 = Rank1 << 56;

    /// <summary>Writes every legal move into <paramref name="moves"/> (length at least <see cref="MaxMoves"/>) and returns the count. No allocation.</summary>
    public int GenerateLegalMoves(Span<Move> moves) => Generate(ref Current, moves);

    /// <summary>For a legal move in this position, whether it gives check. Does not change the position.</summary>
    public bool GivesCheck(Move move) => GivesCheck(ref Current, move);

    /// <summary>
    /// Computes the attackers of the enemy king after the move from bitboards alone, which covers direct and
    /// discovered checks, the castling rook, the pawn removed by en passant and the promoted piece.
    /// </summary>
    private static bool GivesCheck(ref BoardState s, Move move)
    {
        int us = s.Side, them = us ^ 1;
        int from = move.FromIndex, to = move.ToIndex, kind = move.Kind;
        var type = s.Board.At(from) & 7;
        var enemyKing = BitOperations.TrailingZeroCount(s.Bb.At(them) & s.Bb.At(KingIndex));
        var fromBit = 1UL << from;
        var toBit = 1UL << to;
        var occupied = ((s.Bb.At(0) | s.Bb.At(1)) ^ fromBit) | toBit;
        var ours = s.Bb.At(us);
        ulong pawns = s.Bb.At(PawnIndex) & ours & ~fromBit;
        ulong knights = s.Bb.At(KnightIndex) & ours & ~fromBit;
        ulong diagonal = (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)) & ours & ~fromBit;
        ulong straight = (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)) & ours & ~fromBit;
        var arriving = kind == Move.KindPromotion ? (int)move.Promotion : type;
        switch (arriving)
        {
            case (int)PieceType.Pawn: pawns |= toBit; break;
            case (int)PieceType.Knight: knights |= toBit; break;
            case (int)PieceType.Bishop: diagonal |= toBit; break;
            case (int)PieceType.Rook: straight |= toBit; break;
            case (int)PieceType.Queen: diagonal |= toBit; straight |= toBit; break;
        }
        if (kind == Move.KindEnPassant)
        {
            occupied ^= 1UL << (to ^ 8);
        }
        else if (kind == Move.KindCastling)
        {
            int rookFrom = to > from ? from + 3 : from - 4;
            int rookTo = to > from ? from + 1 : from - 1;
            occupied = (occupied ^ (1UL << rookFrom)) | (1UL << rookTo);
            straight = (straight & ~(1UL << rookFrom)) | (1UL << rookTo);
        }
        return ((Attacks.Pawn(them, enemyKing) & pawns)
            | (Attacks.Knight(enemyKing) & knights)
            | (Attacks.Bishop(enemyKing, occupied) & diagonal)
            | (Attacks.Rook(enemyKing, occupied) & straight)) != 0;
    }

    /// <summary>
    /// Pieces of <paramref name="owner"/> that stand alone between the king on <paramref name="king"/> and a slider of
    /// <paramref name="sliderColor"/>: discovered-check candidates when the king is the opponent's.
    /// </summary>
    private static ulong Blockers(ref BoardState s, int king, int owner, ulong occupied, int sliderColor)
    {
        var snipers = ((Attacks.RookEmpty(king) & (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)))
            | (Attacks.BishopEmpty(king) & (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)))) & s.Bb.At(sliderColor);
        ulong blockers = 0;
        while (snipers != 0)
        {
            var sniper = BitOperations.TrailingZeroCount(snipers);
            snipers &= snipers - 1;
            var between = Attacks.Between(king, sniper) & occupied;
            if (between != 0 && (between & (between - 1)) == 0)
            {
                blockers |= between;
            }
        }
        return blockers & s.Bb.At(owner);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PinnedPieces(ref BoardState s, int us, int king, ulong occupied)
    {
        var them = us ^ 1;
        var snipers = ((Attacks.RookEmpty(king) & (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)))
            | (Attacks.BishopEmpty(king) & (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)))) & s.Bb.At(them);
        ulong pinned = 0;
        while (snipers != 0)
        {
            var sniper = BitOperations.TrailingZeroCount(snipers);
            snipers &= snipers - 1;
            var between = Attacks.Between(king, sniper) & occupied;
            if (between != 0 && (between & (between - 1)) == 0)
            {
                pinned |= between;
            }
        }
        return pinned & s.Bb.At(us);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int Generate(ref BoardState s, Span<Move> moves)
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
        var withoutKing = occupied ^ kingBit;
        while (kingTargets != 0)
        {
            var to = BitOperations.TrailingZeroCount(kingTargets);
            kingTargets &= kingTargets - 1;
            if (!IsAttackedBy(ref s, to, withoutKing, them))
            {
                moves[n++] = new Move(king, to);
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
            n = Emit(moves, n, from, Attacks.Knight(from) & target);
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
            n = Emit(moves, n, from, targets);
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
            n = Emit(moves, n, from, targets);
        }

        n = GeneratePawnMoves(ref s, moves, n, us, king, occupied, theirs, target, pinned);

        if (checkers == 0 && s.Castling != 0)
        {
            n = GenerateCastling(ref s, moves, n, us, occupied, theirs);
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int Emit(Span<Move> moves, int n, int from, ulong targets)
    {
        while (targets != 0)
        {
            moves[n++] = new Move(from, BitOperations.TrailingZeroCount(targets));
            targets &= targets - 1;
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static int EmitPromotions(Span<Move> moves, int n, int from, int to)
    {
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Queen);
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Rook);
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Bishop);
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Knight);
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int GeneratePawnMoves(
        ref BoardState s, Span<Move> moves, int n, int us, int king, ulong occupied, ulong theirs, ulong target, ulong pinned)
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
        // "West" captures go toward the a-file, "east" toward the h-file.
        var west = (white ? (free & ~FileA) << 7 : (free & ~FileA) >> 9) & theirs & target;
        var east = (white ? (free & ~FileH) << 9 : (free & ~FileH) >> 7) & theirs & target;
        var westDelta = white ? 7 : -9;
        var eastDelta = white ? 9 : -7;

        var bits = single & ~lastRank;
        while (bits != 0)
        {
            var to = BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            moves[n++] = new Move(to - up, to);
        }
        while (dbl != 0)
        {
            var to = BitOperations.TrailingZeroCount(dbl);
            dbl &= dbl - 1;
            moves[n++] = new Move(to - up - up, to);
        }
        bits = west & ~lastRank;
        while (bits != 0)
        {
            var to = BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            moves[n++] = new Move(to - westDelta, to);
        }
        bits = east & ~lastRank;
        while (bits != 0)
        {
            var to = BitOperations.TrailingZeroCount(bits);
            bits &= bits - 1;
            moves[n++] = new Move(to - eastDelta, to);
        }
        if (((single | west | east) & lastRank) != 0)
        {
            bits = single & lastRank;
            while (bits != 0)
            {
                var to = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                n = EmitPromotions(moves, n, to - up, to);
            }
            bits = west & lastRank;
            while (bits != 0)
            {
                var to = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                n = EmitPromotions(moves, n, to - westDelta, to);
            }
            bits = east & lastRank;
            while (bits != 0)
            {
                var to = BitOperations.TrailingZeroCount(bits);
                bits &= bits - 1;
                n = EmitPromotions(moves, n, to - eastDelta, to);
            }
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
            while (targets != 0)
            {
                var to = BitOperations.TrailingZeroCount(targets);
                targets &= targets - 1;
                if (((1UL << to) & lastRank) != 0)
                {
                    n = EmitPromotions(moves, n, from, to);
                }
                else
                {
                    moves[n++] = new Move(from, to);
                }
            }
        }

        if (s.EnPassant != BoardState.NoSquare)
        {
            n = GenerateEnPassant(ref s, moves, n, us, king, occupied, pawns);
        }
        return n;
    }

    /// <summary>En passant is rare, so each candidate is checked by recomputing the attacks on the king after it.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int GenerateEnPassant(ref BoardState s, Span<Move> moves, int n, int us, int king, ulong occupied, ulong pawns)
    {
        var them = us ^ 1;
        var ep = s.EnPassant;
        var captured = ep ^ 8;
        var capturedBit = 1UL << captured;
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
                moves[n++] = new Move(from, ep, Move.KindEnPassant);
            }
        }
        return n;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int GenerateCastling(ref BoardState s, Span<Move> moves, int n, int us, ulong occupied, ulong theirs)
    {
        var rights = us == (int)Color.White ? s.Castling & (WhiteKingside | WhiteQueenside) : s.Castling >> 2;
        var baseSquare = us == (int)Color.White ? 0 : 56;
        var kingFrom = baseSquare + 4;
        if ((rights & 1) != 0
            && (occupied & (0x60UL << baseSquare)) == 0
            && !IsAttackedBy(ref s, baseSquare + 5, occupied, us ^ 1)
            && !IsAttackedBy(ref s, baseSquare + 6, occupied, us ^ 1))
        {
            moves[n++] = new Move(kingFrom, baseSquare + 6, Move.KindCastling);
        }
        if ((rights & 2) != 0
            && (occupied & (0x0EUL << baseSquare)) == 0
            && !IsAttackedBy(ref s, baseSquare + 3, occupied, us ^ 1)
            && !IsAttackedBy(ref s, baseSquare + 2, occupied, us ^ 1))
        {
            moves[n++] = new Move(kingFrom, baseSquare + 2, Move.KindCastling);
        }
        return n;
    }
}
