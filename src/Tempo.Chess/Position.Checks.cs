using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

public sealed partial class Position
{
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
    /// <paramref name="sliderColor"/>: pinned pieces when the king is the owner's, discovered-check candidates when it
    /// is the opponent's.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
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

    /// <summary>
    /// What a checks-only generation needs: the squares from which each piece type attacks the enemy king, and the
    /// own pieces that stand alone between it and an own slider (any move off that line discovers check).
    /// </summary>
    private readonly struct CheckSquares
    {
        public readonly int EnemyKing;
        public readonly ulong Discoverers;
        public readonly ulong Pawn;
        public readonly ulong Knight;
        public readonly ulong Bishop;
        public readonly ulong Rook;

        public CheckSquares(ref BoardState s, int us, ulong occupied)
        {
            EnemyKing = BitOperations.TrailingZeroCount(s.Bb.At(KingIndex) & s.Bb.At(us ^ 1));
            Discoverers = Blockers(ref s, EnemyKing, us, occupied, us);
            Pawn = Attacks.Pawn(us ^ 1, EnemyKing);
            Knight = Attacks.Knight(EnemyKing);
            Bishop = Attacks.Bishop(EnemyKing, occupied);
            Rook = Attacks.Rook(EnemyKing, occupied);
        }

        /// <summary>The targets of the piece on <paramref name="from"/> that check: <paramref name="direct"/>, or any square off the line if it discovers.</summary>
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Wanted(int from, ulong direct) =>
            (Discoverers & (1UL << from)) != 0 ? direct | ~Attacks.Line(EnemyKing, from) : direct;

        /// <summary>The squares of <paramref name="targets"/> whose pawn move (from the square minus <paramref name="delta"/>) checks.</summary>
        public ulong PawnTargets(ulong pawns, ulong targets, int delta)
        {
            var checking = targets & Pawn;
            var movers = Discoverers & pawns;
            while (movers != 0)
            {
                var from = BitOperations.TrailingZeroCount(movers);
                movers &= movers - 1;
                var to = from + delta;
                if ((uint)to < 64 && (targets & (1UL << to)) != 0 && (Attacks.Line(EnemyKing, from) & (1UL << to)) == 0)
                {
                    checking |= 1UL << to;
                }
            }
            return checking;
        }
    }
}
