using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>Plays a legal move; <see cref="UnmakeMove"/> undoes it. No allocation except when the history outgrows its buffer.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void MakeMove(Move move)
    {
        if (_sp + 1 == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }
        // _sp + 1 < _stack.Length was just ensured, so the unchecked slot access is in bounds.
        ref var current = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_stack), _sp);
        ref var next = ref Unsafe.Add(ref current, 1);
        next = current;
        _sp++;
        Apply<FullMake>(ref next, move);
    }

    /// <summary>Undoes the last <see cref="MakeMove"/> exactly, hash included.</summary>
    public void UnmakeMove()
    {
        if (_sp == 0)
        {
            throw new InvalidOperationException("No move to unmake.");
        }
        _sp--;
    }

    /// <summary>
    /// Passes the turn (a null move, as a threat search asks "what if the defender could pass?"): the other side is to
    /// move and there is no en-passant square; the clocks stay. Not allowed while in check. <see cref="UnmakeMove"/> undoes it.
    /// </summary>
    /// <exception cref="InvalidOperationException">The side to move is in check.</exception>
    public void MakeNullMove()
    {
        if (InCheck)
        {
            throw new InvalidOperationException("cannot pass while in check");
        }
        if (_sp + 1 == _stack.Length)
        {
            Array.Resize(ref _stack, _stack.Length * 2);
        }
        ref var next = ref _stack[_sp + 1];
        next = _stack[_sp];
        _sp++;
        if (EnPassantCapturable(ref next))
        {
            next.Hash ^= Zobrist.EnPassantFile[next.EnPassant & 7];
        }
        next.EnPassant = BoardState.NoSquare;
        next.Side ^= 1;
        next.Hash ^= Zobrist.BlackToMove;
        var king = BitOperations.TrailingZeroCount(next.Bb.At(next.Side) & next.Bb.At(KingIndex));
        next.Checkers = AttackersOf(ref next, king, next.Bb.At(0) | next.Bb.At(1), next.Side ^ 1);
    }

    /// <summary>Plays a legal move and returns the resulting position as a new object (this one is unchanged).</summary>
    public Position WithMove(Move move)
    {
        var copy = Clone();
        copy.MakeMove(move);
        return new Position(in copy.Current);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put(ref BoardState s, int sq, int color, int type) => Put<FullMake>(ref s, sq, color, type);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Put<TMode>(ref BoardState s, int sq, int color, int type)
        where TMode : struct, IMakeMode
    {
        var bit = 1UL << sq;
        s.Bb.At(color) |= bit;
        s.Bb.At(type + 1) |= bit;
        if (TMode.Mailbox)
        {
            s.Board.At(sq) = (byte)(type | (color << 3));
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static void Remove<TMode>(ref BoardState s, int sq, int color, int type)
        where TMode : struct, IMakeMode
    {
        var bit = 1UL << sq;
        s.Bb.At(color) ^= bit;
        s.Bb.At(type + 1) ^= bit;
        if (TMode.Mailbox)
        {
            s.Board.At(sq) = 0;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong PieceKey(int code, int sq) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(Zobrist.Pieces), (code << 6) | sq);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    internal static void Apply<TMode>(ref BoardState s, Move move)
        where TMode : struct, IMakeMode
    {
        int us = s.Side, them = us ^ 1;
        int from = move.FromIndex, to = move.ToIndex, kind = move.Kind;
        int code = s.Board.At(from);
        int type = code & 7;
        var hash = s.Hash;

        if (s.EnPassant != BoardState.NoSquare)
        {
            if (TMode.Full && EnPassantCapturable(ref s))
            {
                hash ^= Zobrist.EnPassantFile[s.EnPassant & 7];
            }
            s.EnPassant = BoardState.NoSquare;
        }
        if (TMode.Full)
        {
            s.HalfMoveClock++;
        }

        if (kind == Move.KindEnPassant)
        {
            var captureSquare = to ^ 8;
            Remove<TMode>(ref s, captureSquare, them, (int)PieceType.Pawn);
            if (TMode.Full)
            {
                hash ^= PieceKey((int)PieceType.Pawn | (them << 3), captureSquare);
            }
        }
        else
        {
            int captured = s.Board.At(to);
            if (captured != 0)
            {
                Remove<TMode>(ref s, to, them, captured & 7);
                if (TMode.Full)
                {
                    hash ^= PieceKey(captured, to);
                }
                s.HalfMoveClock = 0;
            }
        }

        Remove<TMode>(ref s, from, us, type);
        if (TMode.Full)
        {
            hash ^= PieceKey(code, from);
        }
        if (kind == Move.KindPromotion)
        {
            var promoted = (int)move.Promotion;
            Put<TMode>(ref s, to, us, promoted);
            if (TMode.Full)
            {
                hash ^= PieceKey(promoted | (us << 3), to);
            }
        }
        else
        {
            Put<TMode>(ref s, to, us, type);
            if (TMode.Full)
            {
                hash ^= PieceKey(code, to);
            }
        }

        if (kind == Move.KindCastling)
        {
            int rookFrom = to > from ? from + 3 : from - 4;
            int rookTo = to > from ? from + 1 : from - 1;
            var rook = (int)PieceType.Rook | (us << 3);
            Remove<TMode>(ref s, rookFrom, us, (int)PieceType.Rook);
            Put<TMode>(ref s, rookTo, us, (int)PieceType.Rook);
            if (TMode.Full)
            {
                hash ^= PieceKey(rook, rookFrom) ^ PieceKey(rook, rookTo);
            }
        }

        if (type == (int)PieceType.Pawn)
        {
            s.HalfMoveClock = 0;
            if ((from ^ to) == 16)
            {
                var ep = (from + to) >> 1;
                if ((Attacks.Pawn(us, ep) & s.Bb.At(them) & s.Bb.At(PawnIndex)) != 0)
                {
                    s.EnPassant = ep;
                    if (TMode.Full)
                    {
                        hash ^= Zobrist.EnPassantFile[ep & 7];
                    }
                }
            }
        }

        ref var masks = ref MemoryMarshal.GetArrayDataReference(CastlingMask);
        var castling = s.Castling & Unsafe.Add(ref masks, from) & Unsafe.Add(ref masks, to);
        if (castling != s.Castling)
        {
            if (TMode.Full)
            {
                hash ^= Zobrist.Castling[s.Castling] ^ Zobrist.Castling[castling];
            }
            s.Castling = castling;
        }

        if (us == (int)Color.Black)
        {
            s.FullMoveNumber++;
        }
        s.Side = them;
        if (TMode.Full)
        {
            hash ^= Zobrist.BlackToMove;
        }
        if (TMode.Full)
        {
            s.Hash = hash;
        }
        var king = BitOperations.TrailingZeroCount(s.Bb.At(them) & s.Bb.At(KingIndex));
        s.Checkers = kind is Move.KindNormal or Move.KindPromotion
            ? CheckersAfter(ref s, us, king, from, to, kind == Move.KindPromotion ? (int)move.Promotion : type)
            : AttackersOf(ref s, king, s.Bb.At(0) | s.Bb.At(1), us);
    }

    /// <summary>
    /// Checkers after a normal move or promotion: only the moved piece (directly) and a slider behind its origin
    /// (discovered) can check, and a slider look-up is made only where the empty-board lines say it could matter.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong CheckersAfter(ref BoardState s, int us, int king, int from, int to, int moved)
    {
        var toBit = 1UL << to;
        var occupied = s.Bb.At(0) | s.Bb.At(1);
        var ours = s.Bb.At(us);
        ulong checkers = 0;
        switch (moved)
        {
            case (int)PieceType.Pawn:
                checkers = Attacks.Pawn(us ^ 1, king) & toBit;
                break;
            case (int)PieceType.Knight:
                checkers = Attacks.Knight(king) & toBit;
                break;
            case (int)PieceType.Bishop:
                if ((Attacks.BishopEmpty(king) & toBit) != 0)
                {
                    checkers = Attacks.Bishop(king, occupied) & toBit;
                }
                break;
            case (int)PieceType.Rook:
                if ((Attacks.RookEmpty(king) & toBit) != 0)
                {
                    checkers = Attacks.Rook(king, occupied) & toBit;
                }
                break;
            case (int)PieceType.Queen:
                if (((Attacks.BishopEmpty(king) | Attacks.RookEmpty(king)) & toBit) != 0)
                {
                    checkers = Attacks.Queen(king, occupied) & toBit;
                }
                break;
        }
        var fromBit = 1UL << from;
        if ((Attacks.RookEmpty(king) & fromBit) != 0)
        {
            checkers |= Attacks.Rook(king, occupied) & (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)) & ours;
        }
        else if ((Attacks.BishopEmpty(king) & fromBit) != 0)
        {
            checkers |= Attacks.Bishop(king, occupied) & (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)) & ours;
        }
        return checkers;
    }

}
