using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>Writes only the legal moves that give check (direct, discovered, by castling, en passant or promotion); returns the count.</summary>
    public int GenerateLegalChecks(Span<Move> moves) => GenerateChecks(ref Current, moves);

    /// <summary>True if the side to move has at least one legal move; stops at the first one found.</summary>
    public bool HasLegalMove() => HasAnyLegalMove(ref Current);

    /// <summary>
    /// Generates only checking moves: a piece's targets are cut to the squares from which it would attack the enemy
    /// king, unless it stands alone between an own slider and that king (then any move off the line discovers check).
    /// Pawn moves and castling are few, so they are generated in full and filtered.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static int GenerateChecks(ref BoardState s, Span<Move> moves)
    {
        int us = s.Side, them = us ^ 1;
        var ours = s.Bb.At(us);
        var theirs = s.Bb.At(them);
        var occupied = ours | theirs;
        var kingBit = s.Bb.At(KingIndex) & ours;
        var king = BitOperations.TrailingZeroCount(kingBit);
        var enemyKing = BitOperations.TrailingZeroCount(s.Bb.At(KingIndex) & theirs);
        var checkers = s.Checkers;
        var discoverers = Blockers(ref s, enemyKing, us, occupied, us);
        var n = 0;

        if ((discoverers & kingBit) != 0)
        {
            var kingTargets = Attacks.King(king) & ~ours & ~Attacks.Line(enemyKing, king);
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
        }
        if ((checkers & (checkers - 1)) != 0)
        {
            return n;
        }

        var target = checkers != 0
            ? Attacks.Between(king, BitOperations.TrailingZeroCount(checkers)) | checkers
            : ~ours;
        var pinned = PinnedPieces(ref s, us, king, occupied);
        var knightChecks = Attacks.Knight(enemyKing);
        var bishopChecks = Attacks.Bishop(enemyKing, occupied);
        var rookChecks = Attacks.Rook(enemyKing, occupied);

        var knights = s.Bb.At(KnightIndex) & ours & ~pinned;
        while (knights != 0)
        {
            var from = BitOperations.TrailingZeroCount(knights);
            knights &= knights - 1;
            // A knight never stays on a line, so a discovering knight checks wherever it goes.
            var wanted = (discoverers & (1UL << from)) != 0 ? ~0UL : knightChecks;
            n = Emit(moves, n, from, Attacks.Knight(from) & target & wanted);
        }

        var queens = s.Bb.At(QueenIndex);
        var diagonal = (s.Bb.At(BishopIndex) | queens) & ours;
        while (diagonal != 0)
        {
            var from = BitOperations.TrailingZeroCount(diagonal);
            diagonal &= diagonal - 1;
            var targets = Attacks.Bishop(from, occupied) & target;
            if ((pinned & (1UL << from)) != 0)
            {
                targets &= Attacks.Line(king, from);
            }
            var wanted = (queens & (1UL << from)) != 0 ? bishopChecks | rookChecks : bishopChecks;
            if ((discoverers & (1UL << from)) != 0)
            {
                wanted |= ~Attacks.Line(enemyKing, from);
            }
            n = Emit(moves, n, from, targets & wanted);
        }

        var straight = (s.Bb.At(RookIndex) | queens) & ours;
        while (straight != 0)
        {
            var from = BitOperations.TrailingZeroCount(straight);
            straight &= straight - 1;
            var targets = Attacks.Rook(from, occupied) & target;
            if ((pinned & (1UL << from)) != 0)
            {
                targets &= Attacks.Line(king, from);
            }
            var wanted = (queens & (1UL << from)) != 0 ? bishopChecks | rookChecks : rookChecks;
            if ((discoverers & (1UL << from)) != 0)
            {
                wanted |= ~Attacks.Line(enemyKing, from);
            }
            n = Emit(moves, n, from, targets & wanted);
        }

        Span<Move> rest = stackalloc Move[MaxMoves];
        var count = GeneratePawnMoves(ref s, rest, 0, us, king, occupied, theirs, target, pinned);
        if (checkers == 0 && s.Castling != 0)
        {
            count = GenerateCastling(ref s, rest, count, us, occupied, theirs);
        }
        var pawnChecks = Attacks.Pawn(them, enemyKing);
        for (var i = 0; i < count; i++)
        {
            var move = rest[i];
            bool check;
            if (move.Kind != Move.KindNormal)
            {
                // The vacated square, the removed pawn or the castling rook change lines: compute in full.
                check = GivesCheck(ref s, move);
            }
            else
            {
                int from = move.FromIndex, to = move.ToIndex;
                check = (pawnChecks & (1UL << to)) != 0
                    || ((discoverers & (1UL << from)) != 0 && (Attacks.Line(enemyKing, from) & (1UL << to)) == 0);
            }
            if (check)
            {
                moves[n++] = move;
            }
        }
        return n;
    }

    /// <summary>Early-exit legality test: king moves first (the usual answer when in check), then the other pieces.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool HasAnyLegalMove(ref BoardState s)
    {
        int us = s.Side, them = us ^ 1;
        var ours = s.Bb.At(us);
        var theirs = s.Bb.At(them);
        var occupied = ours | theirs;
        var kingBit = s.Bb.At(KingIndex) & ours;
        var king = BitOperations.TrailingZeroCount(kingBit);
        var checkers = s.Checkers;

        var kingTargets = Attacks.King(king) & ~ours;
        var withoutKing = occupied ^ kingBit;
        while (kingTargets != 0)
        {
            var to = BitOperations.TrailingZeroCount(kingTargets);
            kingTargets &= kingTargets - 1;
            if (!IsAttackedBy(ref s, to, withoutKing, them))
            {
                return true;
            }
        }
        if ((checkers & (checkers - 1)) != 0)
        {
            return false;
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
            if ((Attacks.Knight(from) & target) != 0)
            {
                return true;
            }
        }

        var white = us == (int)Color.White;
        var empty = ~occupied;
        var pawns = s.Bb.At(PawnIndex) & ours;
        var free = pawns & ~pinned;
        var single = (white ? free << 8 : free >> 8) & empty;
        var dbl = (white ? (single & Rank3) << 8 : (single & Rank6) >> 8) & empty;
        var west = (white ? (free & ~FileA) << 7 : (free & ~FileA) >> 9) & theirs;
        var east = (white ? (free & ~FileH) << 9 : (free & ~FileH) >> 7) & theirs;
        if (((single | dbl | west | east) & target) != 0)
        {
            return true;
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
            if (targets != 0)
            {
                return true;
            }
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
            if (targets != 0)
            {
                return true;
            }
        }

        // Pinned pawns and en passant are rare; castling needs no test (if it is legal, so is the king's step).
        if ((pawns & pinned) != 0 || s.EnPassant != BoardState.NoSquare)
        {
            Span<Move> rest = stackalloc Move[MaxMoves];
            return GeneratePawnMoves(ref s, rest, 0, us, king, occupied, theirs, target, pinned) > 0;
        }
        return false;
    }
}
