using System.Text.RegularExpressions;

namespace Tempo.Chess.Popeye;

/// <summary>
/// Reads pieces as Popeye's <c>pieces</c> command and <c>twin add</c> write them: a colour, then piece codes each
/// followed by its squares (<c>white ka1 qd1 pa2b2 black kh8</c>). English codes: K Q R B S (knight) P; anything
/// else (a fairy piece, a neutral, a piece attribute) is refused by name.
/// </summary>
internal static partial class PopeyePieces
{
    private static readonly string[] Attributes =
    [
        "chameleon", "jigger", "kamikaze", "paralysing", "royal", "volage", "functionary", "halfneutral",
        "hurdlecolourchanging", "protean", "magic", "uncapturable", "totalinvisible",
    ];

    /// <summary>True when <paramref name="word"/> has the shape of a piece code and squares (<c>pa2b2</c>).</summary>
    public static bool IsPieceWord(string word) => PieceWord().IsMatch(word);

    /// <summary>Reads colours and piece words until a word that is neither, placing each piece on <paramref name="board"/>.</summary>
    public static PopeyeBoard Read(PopeyeTokens tokens, PopeyeBoard board, string command)
    {
        bool? white = null;
        bool any = false;
        while (tokens.Peek() is { } word)
        {
            if (PopeyeKeywords.Match(word, PopeyeKeywords.Colours) is { } colour)
            {
                tokens.Next();
                if (colour == "neutral")
                {
                    throw tokens.Error($"{command}: neutral pieces are not supported (orthodox problems only)");
                }
                white = colour == "white";
                continue;
            }
            if (PopeyeKeywords.Match(word, Attributes) is not null)
            {
                tokens.Next();
                throw tokens.Error($"{command}: piece attribute {tokens.Raw} is not supported (orthodox problems only)");
            }
            var match = PieceWord().Match(word);
            if (!match.Success)
            {
                if (PopeyeKeywords.Command(word) is not null || PopeyeKeywords.Match(word, PopeyeKeywords.TwinChanges) is not null)
                {
                    break;
                }
                tokens.Next();
                throw tokens.Error($"{command}: '{tokens.Raw}' is not a piece and its squares (e.g. ka1, pa2b2; squares a1 to h8)");
            }
            tokens.Next();
            if (white is null)
            {
                throw tokens.Error($"{command}: give the colour (white or black) before {tokens.Raw}");
            }
            char letter = FenLetter(match.Groups[1].Value, tokens, command);
            var squares = match.Groups[2].Value;
            for (int i = 0; i < squares.Length; i += 2)
            {
                var square = Square.Parse(squares.Substring(i, 2));
                if (command == "pieces" && board[square] != '\0')
                {
                    // Popeye would put the first piece in its "underworld" and go on; a diagram has one piece a square.
                    throw tokens.Error($"{command}: {square} is given twice ({Name(board[square])} and {Name(white.Value ? char.ToUpperInvariant(letter) : letter)})");
                }
                board = board.With(square, white.Value ? char.ToUpperInvariant(letter) : letter);
            }
            any = true;
        }
        if (!any)
        {
            throw tokens.Error($"{command}: no pieces (expected e.g. white ka1 qd1 black kh8)");
        }
        return board;
    }

    /// <summary>The FEN letter (lower case) of a Popeye English piece code.</summary>
    public static char FenLetter(string code, PopeyeTokens tokens, string command) => code switch
    {
        "k" => 'k',
        "q" => 'q',
        "r" => 'r',
        "b" => 'b',
        "s" => 'n',
        "p" => 'p',
        "n" => throw tokens.Error($"{command}: piece N is Popeye's nightrider, a fairy piece (the knight is S)"),
        _ => throw tokens.Error($"{command}: piece {code.ToUpperInvariant()} is a fairy piece (only K, Q, R, B, S and P are read)"),
    };

    /// <summary>The Popeye English code (upper case) of a FEN letter.</summary>
    public static char PopeyeLetter(char fen) => char.ToLowerInvariant(fen) switch
    {
        'n' => 'S',
        char c => char.ToUpperInvariant(c),
    };

    private static string Name(char piece) => $"{(char.IsUpper(piece) ? "white" : "black")} {PopeyeLetter(piece)}";

    [GeneratedRegex("^([a-z0-9]{1,2}?)((?:[a-h][1-8])+)$")]
    private static partial Regex PieceWord();
}
