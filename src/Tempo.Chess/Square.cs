namespace Tempo.Chess;

/// <summary>A board square: index 0 is a1, 7 is h1, 56 is a8, 63 is h8.</summary>
public readonly record struct Square(int Index)
{
    /// <summary>File 0..7 (a..h).</summary>
    public int File => Index & 7;

    /// <summary>Rank 0..7 (1..8).</summary>
    public int Rank => Index >> 3;

    /// <summary>The square on the given file and rank (both 0..7).</summary>
    public static Square FromFileRank(int file, int rank) => new(rank * 8 + file);

    /// <summary>Parses algebraic coordinates such as "e4".</summary>
    public static Square Parse(string s)
    {
        if (!TryParse(s, out var square))
        {
            throw new FormatException($"'{s}' is not a square (expected a1..h8)");
        }
        return square;
    }

    /// <summary>Parses algebraic coordinates such as "e4"; returns false if the text is not a square.</summary>
    public static bool TryParse(ReadOnlySpan<char> s, out Square square)
    {
        if (s.Length == 2 && s[0] is >= 'a' and <= 'h' && s[1] is >= '1' and <= '8')
        {
            square = FromFileRank(s[0] - 'a', s[1] - '1');
            return true;
        }
        square = default;
        return false;
    }

    /// <summary>Algebraic coordinates, e.g. "e4".</summary>
    public override string ToString() =>
        (uint)Index < 64 ? string.Create(2, Index, (span, i) => { span[0] = (char)('a' + (i & 7)); span[1] = (char)('1' + (i >> 3)); }) : "-";
}
