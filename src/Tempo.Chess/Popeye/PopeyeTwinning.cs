using System.Globalization;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>The board and stipulation a twin is made from, and made into.</summary>
internal readonly record struct TwinState(PopeyeBoard Board, Stipulation? Stipulation);

/// <summary>
/// One <c>twin</c> (or <c>zeroposition</c>) command: its changes in order, each turning a <see cref="TwinState"/> into
/// the next and saying itself as Popeye prints it (<c>wQd1--&gt;d2</c>, <c>rotate 90</c>, <c>shift a1 ==&gt; d1</c>).
/// </summary>
internal sealed class PopeyeTwinning
{
    private readonly List<Func<TwinState, (TwinState State, string Label)>> _changes = [];

    private PopeyeTwinning(int line) => Line = line;

    /// <summary>The line of the <c>twin</c> command.</summary>
    public int Line { get; }

    /// <summary>"twin continued": the changes apply to the previous twin, not the diagram.</summary>
    public bool Continued { get; private set; }

    /// <summary>Reads the changes after <c>twin</c> up to the next command.</summary>
    public static PopeyeTwinning Read(PopeyeTokens tokens, string fileName)
    {
        var twin = new PopeyeTwinning(tokens.Line);
        while (tokens.Peek() is { } word)
        {
            var change = PopeyeKeywords.Match(word, PopeyeKeywords.TwinChanges);
            if (change is null && PopeyeKeywords.Command(word) is not null)
            {
                break;
            }
            tokens.Next();
            int line = tokens.Line;
            PopeyeInputException Fail(string reason) => new(fileName, line, reason);
            switch (change)
            {
                case "continued" when twin._changes.Count == 0 && !twin.Continued:
                    twin.Continued = true;
                    break;
                case "move":
                    {
                        var (from, to) = (ReadSquare(tokens, "twin move"), ReadSquare(tokens, "twin move"));
                        twin._changes.Add(s => s.Board[from] == '\0'
                            ? throw Fail($"twin move: no piece on {from}")
                            : (s with { Board = s.Board.Move(from, to) }, $"{Name(s.Board, from)}-->{to}"));
                        break;
                    }
                case "exchange":
                    {
                        var (a, b) = (ReadSquare(tokens, "twin exchange"), ReadSquare(tokens, "twin exchange"));
                        twin._changes.Add(s => s.Board[a] == '\0' || s.Board[b] == '\0'
                            ? throw Fail($"twin exchange: {a} and {b} must both hold a piece")
                            : (s with { Board = s.Board.Exchange(a, b) }, $"{Name(s.Board, a)}<-->{Name(s.Board, b)}"));
                        break;
                    }
                case "remove":
                    {
                        var square = ReadSquare(tokens, "twin remove");
                        twin._changes.Add(s => s.Board[square] == '\0'
                            ? throw Fail($"twin remove: no piece on {square}")
                            : (s with { Board = s.Board.With(square, '\0') }, $"-{Name(s.Board, square)}"));
                        break;
                    }
                case "add":
                    {
                        var added = PopeyePieces.Read(tokens, PopeyeBoard.Empty, "twin add");
                        twin._changes.Add(s =>
                        {
                            var board = s.Board;
                            var labels = new List<string>();
                            for (int i = 0; i < 64; i++)
                            {
                                var square = new Square(i);
                                if (added[square] != '\0')
                                {
                                    board = board.With(square, added[square]);
                                    labels.Add($"+{Name(board, square)}");
                                }
                            }
                            return (s with { Board = board }, string.Join("  ", labels));
                        });
                        break;
                    }
                case "rotate":
                    {
                        tokens.Next();
                        var degrees = tokens.Raw;
                        if (degrees is not ("90" or "180" or "270"))
                        {
                            throw tokens.Error($"twin rotate: '{degrees}' is not 90, 180 or 270");
                        }
                        int turn = int.Parse(degrees, CultureInfo.InvariantCulture);
                        twin._changes.Add(s => (s with { Board = s.Board.Rotate(turn) }, $"rotate {degrees}"));
                        break;
                    }
                case "mirror":
                    {
                        var axis = tokens.Next() ?? "";
                        if (axis is not ("a1<-->h1" or "a1<-->a8" or "a1<-->h8" or "a8<-->h1"))
                        {
                            throw tokens.Error($"twin mirror: '{tokens.Raw}' is not a1<-->h1, a1<-->a8, a1<-->h8 or a8<-->h1");
                        }
                        twin._changes.Add(s => (s with { Board = s.Board.Mirror(axis) }, $"mirror {axis}"));
                        break;
                    }
                case "shift":
                    {
                        var (from, to) = (ReadSquare(tokens, "twin shift"), ReadSquare(tokens, "twin shift"));
                        twin._changes.Add(s => s.Board.TryShift(to.File - from.File, to.Rank - from.Rank, out var shifted)
                            ? (s with { Board = shifted }, $"shift {from} ==> {to}")
                            : throw Fail($"twin shift {from} {to}: a piece would leave the board"));
                        break;
                    }
                case "polishtype":
                    twin._changes.Add(s => (s with { Board = s.Board.Polish() }, "PolishType"));
                    break;
                case "substitute":
                    {
                        tokens.Next();
                        char from = PopeyePieces.FenLetter(tokens.Raw.ToLowerInvariant(), tokens, "twin substitute");
                        tokens.Next();
                        char to = PopeyePieces.FenLetter(tokens.Raw.ToLowerInvariant(), tokens, "twin substitute");
                        twin._changes.Add(s => (s with { Board = Substitute(s.Board, from, to) },
                            $"{PopeyePieces.PopeyeLetter(from)} ==> {PopeyePieces.PopeyeLetter(to)}"));
                        break;
                    }
                case "stipulation":
                    {
                        var stipulation = PopeyeStipulation.Read(tokens);
                        twin._changes.Add(s => (s with { Stipulation = stipulation }, stipulation.ToString()));
                        break;
                    }
                case "condition":
                    throw PopeyeStipulation.RefuseCondition(tokens);
                default:
                    throw tokens.Error($"twin {tokens.Raw} is not supported (Tempo reads move, exchange, remove, add, rotate, mirror, shift, polishtype, substitute, stipulation and continued)");
            }
        }
        if (twin._changes.Count == 0)
        {
            throw new PopeyeInputException(fileName, twin.Line, "twin: no change given (e.g. twin move a1 a2)");
        }
        return twin;
    }

    /// <summary>Applies the changes to <paramref name="state"/>: the new state and the label, each change followed by two blanks as Popeye prints it.</summary>
    public (TwinState State, string Label) Apply(TwinState state)
    {
        var label = new System.Text.StringBuilder();
        foreach (var change in _changes)
        {
            (state, var text) = change(state);
            label.Append(text).Append("  ");
        }
        return (state, label.ToString());
    }

    private static Square ReadSquare(PopeyeTokens tokens, string command)
    {
        var word = tokens.Next();
        if (word is null || !Square.TryParse(word, out var square))
        {
            throw tokens.Error($"{command}: '{(word is null ? "end of file" : tokens.Raw)}' is not a square");
        }
        return square;
    }

    /// <summary>"wQd1": colour, Popeye letter, square.</summary>
    private static string Name(PopeyeBoard board, Square square)
    {
        char piece = board[square];
        return $"{(char.IsUpper(piece) ? 'w' : 'b')}{PopeyePieces.PopeyeLetter(piece)}{square}";
    }

    private static PopeyeBoard Substitute(PopeyeBoard board, char from, char to)
    {
        for (int i = 0; i < 64; i++)
        {
            char piece = board[new Square(i)];
            if (char.ToLowerInvariant(piece) == from)
            {
                board = board.With(new Square(i), char.IsUpper(piece) ? char.ToUpperInvariant(to) : to);
            }
        }
        return board;
    }
}
