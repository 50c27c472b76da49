namespace Tempo.Chess;

/// <summary>A coloured piece. <see cref="ToString"/> gives its FEN letter: upper case for White.</summary>
public readonly record struct Piece(Color Color, PieceType Type)
{
    private const string Letters = " pnbrqk";

    /// <summary>The FEN letter, e.g. "P" for a white pawn, "n" for a black knight.</summary>
    public override string ToString()
    {
        var letter = Letters[(int)Type];
        return (Color == Color.White ? char.ToUpperInvariant(letter) : letter).ToString();
    }

    /// <summary>Reads a FEN piece letter; returns false for any other character.</summary>
    public static bool TryFromLetter(char letter, out Piece piece)
    {
        var index = Letters.IndexOf(char.ToLowerInvariant(letter), 1);
        if (index < 1)
        {
            piece = default;
            return false;
        }
        piece = new Piece(char.IsUpper(letter) ? Color.White : Color.Black, (PieceType)index);
        return true;
    }
}
