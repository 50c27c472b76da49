using System.Text;

namespace Tempo.Chess.Popeye;

/// <summary>
/// The board of a Popeye problem while it is read and twinned: a piece letter per square (FEN letters, upper case
/// White), with the twinning changes of Popeye's <c>twin</c> command. Immutable: each change gives a new board.
/// </summary>
public sealed class PopeyeBoard
{
    private readonly char[] _squares;

    private PopeyeBoard(char[] squares) => _squares = squares;

    /// <summary>The empty board.</summary>
    public static PopeyeBoard Empty { get; } = new(new char[64]);

    /// <summary>The pieces of <paramref name="position"/>.</summary>
    public static PopeyeBoard Of(Position position)
    {
        ArgumentNullException.ThrowIfNull(position);
        var squares = new char[64];
        for (int i = 0; i < 64; i++)
        {
            squares[i] = position.PieceAt(new Square(i))?.ToString()[0] ?? '\0';
        }
        return new PopeyeBoard(squares);
    }

    /// <summary>The piece on <paramref name="square"/> as a FEN letter, or '\0'.</summary>
    public char this[Square square] => _squares[square.Index];

    /// <summary>The number of white and black pieces.</summary>
    public (int White, int Black) Count =>
        (_squares.Count(char.IsUpper), _squares.Count(char.IsLower));

    /// <summary>This board with <paramref name="piece"/> (a FEN letter, or '\0' for none) on <paramref name="square"/>.</summary>
    public PopeyeBoard With(Square square, char piece)
    {
        var squares = (char[])_squares.Clone();
        squares[square.Index] = piece;
        return new PopeyeBoard(squares);
    }

    /// <summary>The piece on <paramref name="from"/> moved to <paramref name="to"/> (whatever stood there is removed).</summary>
    public PopeyeBoard Move(Square from, Square to) => With(to, this[from]).With(from, '\0');

    /// <summary>The pieces on the two squares swapped.</summary>
    public PopeyeBoard Exchange(Square a, Square b) => With(a, this[b]).With(b, this[a]);

    /// <summary>Every piece moved by the same file and rank offset; false when one would leave the board.</summary>
    public bool TryShift(int files, int ranks, out PopeyeBoard shifted) =>
        TryMap(s => (s.File + files, s.Rank + ranks), out shifted);

    /// <summary>The board turned <paramref name="degrees"/> (90, 180 or 270) to the left (anticlockwise), as Popeye turns it.</summary>
    public PopeyeBoard Rotate(int degrees)
    {
        var board = this;
        for (int turn = 0; turn < degrees / 90; turn++)
        {
            // A quarter turn to the left: a1 goes to h1, h1 to h8.
            board.TryMap(s => (7 - s.Rank, s.File), out board);
        }
        return board;
    }

    /// <summary>The board mirrored as Popeye's <c>mirror</c> names it: the square a1 (or h1) goes to, e.g. "a1&lt;--&gt;h1" (left-right).</summary>
    public PopeyeBoard Mirror(string axis)
    {
        Func<Square, (int, int)> map = axis switch
        {
            "a1<-->h1" => s => (7 - s.File, s.Rank),
            "a1<-->a8" => s => (s.File, 7 - s.Rank),
            "a1<-->h8" => s => (7 - s.Rank, 7 - s.File),
            "a8<-->h1" => s => (s.Rank, s.File),
            _ => throw new ArgumentException($"'{axis}' is not a mirror (a1<-->h1, a1<-->a8, a1<-->h8 or a8<-->h1)", nameof(axis)),
        };
        TryMap(map, out var mirrored);
        return mirrored;
    }

    /// <summary>Every piece changes colour (Popeye's PolishType).</summary>
    public PopeyeBoard Polish() =>
        new(_squares.Select(c => char.IsUpper(c) ? char.ToLowerInvariant(c) : char.ToUpperInvariant(c)).ToArray());

    /// <summary>The board part of a FEN (ranks 8 to 1).</summary>
    public string Placement()
    {
        var text = new StringBuilder();
        for (int rank = 7; rank >= 0; rank--)
        {
            int empty = 0;
            for (int file = 0; file < 8; file++)
            {
                char piece = _squares[rank * 8 + file];
                if (piece == '\0')
                {
                    empty++;
                    continue;
                }
                if (empty > 0)
                {
                    text.Append((char)('0' + empty));
                    empty = 0;
                }
                text.Append(piece);
            }
            if (empty > 0)
            {
                text.Append((char)('0' + empty));
            }
            if (rank > 0)
            {
                text.Append('/');
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// The castling rights Popeye assumes: a king and rook on their home squares may castle, unless the square is in
    /// <paramref name="noCastling"/> (the NoCastling option).
    /// </summary>
    public string CastlingRights(IReadOnlySet<Square> noCastling)
    {
        var rights = new StringBuilder();
        void Add(char king, string kingSquare, char rook, string rookSquare, char right)
        {
            var k = Square.Parse(kingSquare);
            var r = Square.Parse(rookSquare);
            if (this[k] == king && this[r] == rook && !noCastling.Contains(k) && !noCastling.Contains(r))
            {
                rights.Append(right);
            }
        }
        Add('K', "e1", 'R', "h1", 'K');
        Add('K', "e1", 'R', "a1", 'Q');
        Add('k', "e8", 'r', "h8", 'k');
        Add('k', "e8", 'r', "a8", 'q');
        return rights.Length == 0 ? "-" : rights.ToString();
    }

    private bool TryMap(Func<Square, (int File, int Rank)> map, out PopeyeBoard mapped)
    {
        var squares = new char[64];
        bool inside = true;
        for (int i = 0; i < 64; i++)
        {
            if (_squares[i] == '\0')
            {
                continue;
            }
            var (file, rank) = map(new Square(i));
            if (file is < 0 or > 7 || rank is < 0 or > 7)
            {
                inside = false;
                continue;
            }
            squares[rank * 8 + file] = _squares[i];
        }
        mapped = new PopeyeBoard(squares);
        return inside;
    }
}
