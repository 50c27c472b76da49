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
