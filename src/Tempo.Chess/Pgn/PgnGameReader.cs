using System.Text;
using System.Text.RegularExpressions;

namespace Tempo.Chess.Pgn;

/// <summary>
/// Reads PGN (export or hand-written import format): tag pairs, movetext with move numbers, comments (<c>{…}</c>
/// and <c>;</c>), NAGs, annotation marks, nested variations (skipped) and game results. A game that cannot be read
/// becomes a <see cref="PgnGame"/> with an error, and reading goes on with the next game.
/// </summary>
public static partial class PgnGameReader
{
    /// <summary>Reads every game of <paramref name="lines"/>.</summary>
    public static IEnumerable<PgnGame> Read(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        var game = new GameBuilder();
        var lexer = new Lexer();
        int gameNumber = 0;
        int lineNumber = 0;
        foreach (var rawLine in lines)
        {
            lineNumber++;
            string line = rawLine.TrimEnd('\r');
            if (!lexer.InComment && lexer.Depth == 0 && line.TrimStart().StartsWith('['))
            {
                if (game.InMovetext)
                {
                    // A new tag section: the previous game ended without a result token.
                    yield return game.Build(++gameNumber);
                    game = new GameBuilder();
                }
                game.AddTag(line.Trim(), lineNumber);
                continue;
            }
            if (line.StartsWith('%'))
            {
                continue;
            }
            foreach (var token in lexer.Tokens(line))
            {
                if (game.AddToken(token, lineNumber))
                {
                    yield return game.Build(++gameNumber);
                    game = new GameBuilder();
                }
            }
        }
        if (lexer.InComment)
        {
            game.Fail(lineNumber, "the file ends inside a {comment}");
        }
        else if (lexer.Depth > 0)
        {
            game.Fail(lineNumber, "the file ends inside a (variation)");
        }
        if (game.HasContent)
        {
            yield return game.Build(++gameNumber);
        }
    }

    [GeneratedRegex(@"^\[\s*([A-Za-z0-9_]+)\s+""((?:[^""\\]|\\.)*)""\s*\]$")]
    private static partial Regex TagPair();

    [GeneratedRegex(@"^\d+\.*")]
    private static partial Regex MoveNumber();

    [GeneratedRegex(@"^\$\d+$")]
    private static partial Regex Nag();

    private sealed class GameBuilder
    {
        private readonly Dictionary<string, string> _tags = new(StringComparer.Ordinal);
        private readonly List<string> _moves = [];
        private Position? _position;
        private string? _error;
        private int _firstLine;

        public bool InMovetext { get; private set; }

        public bool HasContent => _tags.Count > 0 || InMovetext || _error is not null;

        public void AddTag(string text, int lineNumber)
        {
            Start(lineNumber);
            var match = TagPair().Match(text);
            if (!match.Success)
            {
                Fail(lineNumber, $"'{text}' is not a tag pair (expected [Name \"value\"])");
                return;
            }
            string value = match.Groups[2].Value.Replace("\\\"", "\"", StringComparison.Ordinal).Replace("\\\\", "\\", StringComparison.Ordinal);
            _tags.TryAdd(match.Groups[1].Value, value);
        }

        /// <summary>Takes one depth-0 movetext token; true when it ends the game (a result).</summary>
        public bool AddToken(string token, int lineNumber)
        {
            Start(lineNumber);
            InMovetext = true;
            if (token is "1-0" or "0-1" or "1/2-1/2" or "*")
            {
                return true;
            }
            if (token == ")")
            {
                Fail(lineNumber, "')' closes no variation");
                return false;
            }
            if (_error is not null || Nag().IsMatch(token))
            {
                return false;
            }
            string san = MoveNumber().Replace(token, string.Empty).TrimEnd('!', '?');
            if (san.Length == 0)
            {
                return false;
            }
            var position = StartPosition(lineNumber);
            if (position is null)
            {
                return false;
            }
            if (san == "--")
            {
                Fail(lineNumber, "null moves (--) are not supported");
                return false;
            }
            if (position.TryParseSan(san, out var move, out var error))
            {
                _moves.Add(position.ToSan(move));
                position.MakeMove(move);
            }
            else
            {
                Fail(lineNumber, $"move {MoveLabel(position)} '{token}': {error}");
            }
            return false;
        }

        public void Fail(int lineNumber, string reason)
        {
            // A file that is only an unclosed {comment} has no token: its game starts where the error is found.
            Start(lineNumber);
            _error ??= $"line {lineNumber}: {reason}";
        }

        public PgnGame Build(int number)
        {
            var final = _error is null ? StartPosition(_firstLine) : null;
            if (final is not null && _error is null)
            {
                // A fresh history, like every other batch position: callers search from here.
                final = Position.Parse(final.ToFen());
            }
            else
            {
                final = null;
            }
            return new PgnGame(number, _firstLine, _tags, _moves, final, _error);
        }

        private void Start(int lineNumber)
        {
            if (_firstLine == 0)
            {
                _firstLine = lineNumber;
            }
        }

        private Position? StartPosition(int lineNumber)
        {
            if (_position is not null || _error is not null)
            {
                return _position;
            }
            if (_tags.TryGetValue("FEN", out var fen))
            {
                if (!Position.TryParse(fen, out var parsed, out var reason))
                {
                    Fail(lineNumber, $"[FEN \"{fen}\"]: {reason}");
                    return null;
                }
                _position = parsed;
            }
            else
            {
                _position = Position.StartPosition();
            }
            return _position;
        }

        private static string MoveLabel(Position position) =>
            position.SideToMove == Color.White ? $"{position.FullMoveNumber}." : $"{position.FullMoveNumber}...";
    }

    /// <summary>Splits movetext into depth-0 tokens; comments and variations may span lines (and games).</summary>
    private sealed class Lexer
    {
        private readonly StringBuilder _token = new();

        public bool InComment { get; private set; }

        public int Depth { get; private set; }

        /// <summary>The line's tokens outside comments and variations; a ')' that closes nothing comes back as a token.</summary>
        public List<string> Tokens(string line)
        {
            var tokens = new List<string>();
            for (int i = 0; i < line.Length; i++)
            {
                char c = line[i];
                if (InComment)
                {
                    InComment = c != '}';
                    continue;
                }
                if (c == ';')
                {
                    break;
                }
                if (c is '{' or '(' or ')' || char.IsWhiteSpace(c))
                {
                    Flush(tokens);
                }
                switch (c)
                {
                    case '{':
                        InComment = true;
                        break;
                    case '(':
                        Depth++;
                        break;
                    case ')' when Depth == 0:
                        tokens.Add(")");
                        break;
                    case ')':
                        Depth--;
                        break;
                    default:
                        if (!char.IsWhiteSpace(c))
                        {
                            _token.Append(c);
                        }
                        break;
                }
            }
            Flush(tokens);
            return tokens;
        }

        private void Flush(List<string> tokens)
        {
            if (_token.Length > 0 && Depth == 0)
            {
                tokens.Add(_token.ToString());
            }
            _token.Clear();
        }
    }
}
