using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Tempo.Chess;

/// <summary>
/// A chess position with legal move generation and make/unmake. Single-threaded: give each thread its own
/// <see cref="Clone"/>. <see cref="Hash"/> is an incremental Zobrist key over pieces, side to move, castling rights and
/// the en-passant file; the file is included only when a pawn of the side to move stands ready to capture en passant
/// (pseudo-legally), so two positions that differ only in an uncapturable en-passant square hash alike.
/// </summary>
// Move buffers are stackalloc'ed at every node; skipping their zeroing matters in perft and search.
[SkipLocalsInit]
public sealed partial class Position
{
    /// <summary>A <see cref="Span{Move}"/> of this length always holds every legal move.</summary>
    public const int MaxMoves = 256;

    internal const int WhiteKingside = 1;
    internal const int WhiteQueenside = 2;
    internal const int BlackKingside = 4;
    internal const int BlackQueenside = 8;

    private const int PawnIndex = (int)PieceType.Pawn + 1;
    private const int KnightIndex = (int)PieceType.Knight + 1;
    private const int BishopIndex = (int)PieceType.Bishop + 1;
    private const int RookIndex = (int)PieceType.Rook + 1;
    private const int QueenIndex = (int)PieceType.Queen + 1;
    private const int KingIndex = (int)PieceType.King + 1;

    private static readonly int[] CastlingMask = BuildCastlingMask();

    private BoardState[] _stack;
    private int _sp;

    private Position(in BoardState state)
    {
        _stack = new BoardState[64];
        _stack[0] = state;
    }

    /// <summary>The standard starting position.</summary>
    public static Position StartPosition() => Parse("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1");

    /// <summary>An independent copy of the current position (the move history is not copied; its <see cref="Ply"/> is 0).</summary>
    public Position Clone() => new(in _stack[_sp]);

    /// <summary>The side to move.</summary>
    public Color SideToMove => (Color)Current.Side;

    /// <summary>Incremental Zobrist hash; see the class remarks for what it covers.</summary>
    public ulong Hash => Current.Hash;

    /// <summary>True if the side to move is in check.</summary>
    public bool InCheck => Current.Checkers != 0;

    /// <summary>Number of moves made with <see cref="MakeMove"/> and not yet unmade.</summary>
    public int Ply => _sp;

    /// <summary>Castling rights still held: "KQkq", a subset, or "-".</summary>
    public string CastlingRights => CastlingText(Current.Castling);

    /// <summary>The en-passant target square as it would appear in FEN, or null.</summary>
    public Square? EnPassantSquare => Current.EnPassant == BoardState.NoSquare ? null : new Square(Current.EnPassant);

    /// <summary>Half-moves since the last capture or pawn move.</summary>
    public int HalfMoveClock => Current.HalfMoveClock;

    /// <summary>The FEN full-move number.</summary>
    public int FullMoveNumber => Current.FullMoveNumber;

    private ref BoardState Current
    {
        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        get => ref _stack[_sp];
    }

    /// <summary>The piece on a square, or null if it is empty.</summary>
    public Piece? PieceAt(Square square)
    {
        var code = Current.Board.At(square.Index);
        return code == 0 ? null : new Piece((Color)(code >> 3), (PieceType)(code & 7));
    }

    /// <summary>The bitboard of one side's pieces of a type (bit 0 = a1).</summary>
    public ulong Pieces(Color color, PieceType type) => Current.Bb.At((int)color) & Current.Bb.At((int)type + 1);

    /// <summary>The bitboard of all of one side's pieces.</summary>
    public ulong Pieces(Color color) => Current.Bb.At((int)color);

    /// <summary>The square of the given side's king.</summary>
    public Square KingSquare(Color color) => new(BitOperations.TrailingZeroCount(Current.Bb.At((int)color) & Current.Bb.At(KingIndex)));

    /// <summary>True if the side to move is checkmated.</summary>
    public bool IsCheckmate() => InCheck && !HasLegalMove();

    /// <summary>True if the side to move is not in check and has no legal move.</summary>
    public bool IsStalemate() => !InCheck && !HasLegalMove();

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

    /// <summary>True if a pawn of the side to move attacks the en-passant square (legality aside).</summary>
    private static bool EnPassantCapturable(ref BoardState s) =>
        s.EnPassant != BoardState.NoSquare
        && (Attacks.Pawn(s.Side ^ 1, s.EnPassant) & s.Bb.At(s.Side) & s.Bb.At(PawnIndex)) != 0;

    /// <summary>Pieces of <paramref name="by"/> attacking <paramref name="sq"/> (kings excluded: a king never gives check or guards here).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AttackersOf(ref BoardState s, int sq, ulong occupied, int by) =>
        ((Attacks.Pawn(by ^ 1, sq) & s.Bb.At(PawnIndex))
        | (Attacks.Knight(sq) & s.Bb.At(KnightIndex))
        | (Attacks.Bishop(sq, occupied) & (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)))
        | (Attacks.Rook(sq, occupied) & (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)))) & s.Bb.At(by);

    /// <summary>True if any piece of <paramref name="by"/>, king included, attacks <paramref name="sq"/>.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool IsAttackedBy(ref BoardState s, int sq, ulong occupied, int by) =>
        (AttackersOf(ref s, sq, occupied, by) | (Attacks.King(sq) & s.Bb.At(KingIndex) & s.Bb.At(by))) != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static ulong AttackersTo(ref BoardState s, int sq, ulong occupied) =>
        (Attacks.Pawn((int)Color.White, sq) & s.Bb.At(1) & s.Bb.At(PawnIndex))
        | (Attacks.Pawn((int)Color.Black, sq) & s.Bb.At(0) & s.Bb.At(PawnIndex))
        | (Attacks.Knight(sq) & s.Bb.At(KnightIndex))
        | (Attacks.King(sq) & s.Bb.At(KingIndex))
        | (Attacks.Bishop(sq, occupied) & (s.Bb.At(BishopIndex) | s.Bb.At(QueenIndex)))
        | (Attacks.Rook(sq, occupied) & (s.Bb.At(RookIndex) | s.Bb.At(QueenIndex)));

    private static ulong ComputeHash(ref BoardState s)
    {
        ulong hash = 0;
        for (var sq = 0; sq < 64; sq++)
        {
            if (s.Board.At(sq) != 0)
            {
                hash ^= PieceKey(s.Board.At(sq), sq);
            }
        }
        hash ^= Zobrist.Castling[s.Castling];
        if (EnPassantCapturable(ref s))
        {
            hash ^= Zobrist.EnPassantFile[s.EnPassant & 7];
        }
        if (s.Side == (int)Color.Black)
        {
            hash ^= Zobrist.BlackToMove;
        }
        return hash;
    }

    private static int[] BuildCastlingMask()
    {
        var mask = new int[64];
        Array.Fill(mask, 15);
        mask[4] = 15 & ~(WhiteKingside | WhiteQueenside);
        mask[7] = 15 & ~WhiteKingside;
        mask[0] = 15 & ~WhiteQueenside;
        mask[60] = 15 & ~(BlackKingside | BlackQueenside);
        mask[63] = 15 & ~BlackKingside;
        mask[56] = 15 & ~BlackQueenside;
        return mask;
    }

    private static string CastlingText(int rights)
    {
        if (rights == 0)
        {
            return "-";
        }
        Span<char> text = stackalloc char[4];
        var n = 0;
        const string letters = "KQkq";
        for (var bit = 0; bit < 4; bit++)
        {
            if ((rights & (1 << bit)) != 0)
            {
                text[n++] = letters[bit];
            }
        }
        return new string(text[..n]);
    }
}
