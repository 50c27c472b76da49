using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>
    /// The <see cref="Hash"/> the position would have after the legal <paramref name="move"/>, computed from the keys of
    /// what the move changes instead of playing it (the mate search prefetches the table slots of all replies this way).
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal ulong HashAfter(Move move)
    {
        ref var s = ref Current;
        int us = s.Side, them = us ^ 1;
        int from = move.FromIndex, to = move.ToIndex, kind = move.Kind;
        int code = s.Board.At(from);
        ulong hash = s.Hash ^ Zobrist.BlackToMove ^ PieceKey(code, from);
        if (EnPassantCapturable(ref s))
        {
            hash ^= Zobrist.EnPassantFile[s.EnPassant & 7];
        }
        if (kind == Move.KindEnPassant)
        {
            hash ^= PieceKey((int)PieceType.Pawn | (them << 3), to ^ 8);
        }
        else
        {
            int captured = s.Board.At(to);
            if (captured != 0)
            {
                hash ^= PieceKey(captured, to);
            }
        }
        hash ^= kind == Move.KindPromotion ? PieceKey((int)move.Promotion | (us << 3), to) : PieceKey(code, to);
        if (kind == Move.KindCastling)
        {
            var rook = (int)PieceType.Rook | (us << 3);
            hash ^= to > from
                ? PieceKey(rook, from + 3) ^ PieceKey(rook, from + 1)
                : PieceKey(rook, from - 4) ^ PieceKey(rook, from - 1);
        }
        if ((code & 7) == (int)PieceType.Pawn && (from ^ to) == 16)
        {
            var ep = (from + to) >> 1;
            if ((Attacks.Pawn(us, ep) & s.Bb.At(them) & s.Bb.At(PawnIndex)) != 0)
            {
                hash ^= Zobrist.EnPassantFile[ep & 7];
            }
        }
        ref var masks = ref MemoryMarshal.GetArrayDataReference(CastlingMask);
        var castling = s.Castling & Unsafe.Add(ref masks, from) & Unsafe.Add(ref masks, to);
        if (castling != s.Castling)
        {
            hash ^= Zobrist.Castling[s.Castling] ^ Zobrist.Castling[castling];
        }
        return hash;
    }
}
