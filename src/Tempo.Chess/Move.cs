namespace Tempo.Chess;

/// <summary>
/// A move packed in 16 bits: bits 0-5 from square, bits 6-11 to square, bits 12-13 promotion piece
/// (0 knight, 1 bishop, 2 rook, 3 queen; meaningful only for promotions), bits 14-15 kind
/// (0 normal, 1 promotion, 2 en passant, 3 castling). Castling is encoded as the king's move, e.g. e1g1,
/// which is also its UCI spelling. <see cref="None"/> (value 0) is never a legal move.
/// </summary>
public readonly record struct Move(ushort Value)
{
    internal const int KindNormal = 0;
    internal const int KindPromotion = 1;
    internal const int KindEnPassant = 2;
    internal const int KindCastling = 3;

    /// <summary>The null move (a1a1); not a legal move.</summary>
    public static readonly Move None;

    internal Move(int from, int to, int kind = KindNormal, PieceType promotion = PieceType.Knight)
        : this((ushort)(from | (to << 6) | (((int)promotion - 2) << 12) | (kind << 14)))
    {
    }

    /// <summary>The square the piece leaves (the king's square for castling).</summary>
    public Square From => new(Value & 63);

    /// <summary>The square the piece arrives on (the king's destination for castling).</summary>
    public Square To => new((Value >> 6) & 63);

    /// <summary>The piece a pawn promotes to, or <see cref="PieceType.None"/>.</summary>
    public PieceType Promotion => Kind == KindPromotion ? (PieceType)(((Value >> 12) & 3) + 2) : PieceType.None;

    /// <summary>True for O-O and O-O-O.</summary>
    public bool IsCastling => Kind == KindCastling;

    /// <summary>True for an en passant capture.</summary>
    public bool IsEnPassant => Kind == KindEnPassant;

    internal int FromIndex => Value & 63;

    internal int ToIndex => (Value >> 6) & 63;

    internal int Kind => Value >> 14;

    /// <summary>UCI long algebraic notation, e.g. "e2e4", "e7e8q", "e1g1"; "0000" for <see cref="None"/>.</summary>
    public string ToUci()
    {
        if (Value == 0)
        {
            return "0000";
        }
        var text = From.ToString() + To.ToString();
        return Kind == KindPromotion ? text + " nbrq"[(int)Promotion - 1] : text;
    }

    /// <summary>
    /// Reads the squares and promotion piece of a UCI move ("e2e4", "e7e8q"). Without a position the result is a normal
    /// move or a promotion; <see cref="Position.ParseUci"/> also knows castling and en passant. Throws
    /// <see cref="MoveNotationException"/> (kind Invalid) if the text is not UCI notation.
    /// </summary>
    public static Move ParseUci(string text) =>
        TryParseUci(text, out var move)
            ? move
            : throw new MoveNotationException(MoveNotationErrorKind.Invalid, $"invalid move '{text}': {UciExpected}");

    /// <summary>As <see cref="ParseUci"/>, without exceptions: false if the text is not UCI notation.</summary>
    public static bool TryParseUci(string? text, out Move move)
    {
        move = None;
        var span = text.AsSpan().Trim();
        if (span.Length is not (4 or 5)
            || !Square.TryParse(span[..2], out var from)
            || !Square.TryParse(span[2..4], out var to)
            || (span.Length == 5 && "nbrq".IndexOf(span[4]) < 0))
        {
            return false;
        }
        move = span.Length == 5
            ? new Move(from.Index, to.Index, KindPromotion, (PieceType)" pnbrqk".IndexOf(span[4]))
            : new Move(from.Index, to.Index);
        return true;
    }

    internal const string UciExpected = "expected UCI notation such as e2e4 or e7e8q";

    /// <summary>Same as <see cref="ToUci"/>.</summary>
    public override string ToString() => ToUci();
}
