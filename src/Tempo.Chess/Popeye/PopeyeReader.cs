using System.Globalization;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>
/// Reads problems written in Popeye's input language (English keywords, the orthodox subset): <c>beginproblem</c> …
/// <c>endproblem</c>, several problems separated by <c>nextproblem</c>; <c>pieces</c>, <c>forsyth</c>,
/// <c>stipulation</c> (#N, h#N, h#N.5, s#N), <c>option</c>, <c>twin</c>/<c>zeroposition</c>, <c>remark</c>,
/// <c>author</c>, <c>origin</c>, <c>title</c>. Anything else is refused with one line naming the file, the line and
/// the reason (<see cref="PopeyeInputException"/>): fairy pieces, neutrals, conditions, other stipulations.
/// </summary>
public static class PopeyeReader
{
    /// <summary>Reads every problem of <paramref name="text"/>; <paramref name="fileName"/> names it in errors.</summary>
    /// <exception cref="PopeyeInputException">The input is not a problem Tempo can read.</exception>
    public static IReadOnlyList<PopeyeProblem> Read(string text, string fileName)
    {
        ArgumentNullException.ThrowIfNull(text);
        var tokens = new PopeyeTokens(text.Split('\n').Select(l => l.TrimEnd('\r')).ToList(), fileName);
        var first = tokens.Next();
        if (first is null)
        {
            throw tokens.Error("empty: no problem (a Popeye problem starts with beginproblem)");
        }
        if (first.StartsWith("anfang", StringComparison.Ordinal) || first.StartsWith("debut", StringComparison.Ordinal))
        {
            throw tokens.Error($"{tokens.Raw}: only Popeye's English input is read (beginproblem, pieces white …)");
        }
        if (PopeyeKeywords.Match(first, ["beginproblem"]) is null)
        {
            throw tokens.Error($"'{tokens.Raw}': a Popeye problem starts with beginproblem");
        }
        var problems = new List<PopeyeProblem>();
        var problem = new ProblemText(tokens.Line);
        while (true)
        {
            var word = tokens.Next() ?? throw tokens.Error("the file ends before endproblem");
            var command = (word == "beginproblem" ? word : PopeyeKeywords.Command(word))
                ?? throw tokens.Error($"'{tokens.Raw}' is not a Popeye command Tempo reads");
            switch (command)
            {
                case "endproblem":
                    problems.Add(problem.Build(tokens));
                    return problems;
                case "nextproblem":
                    problems.Add(problem.Build(tokens));
                    problem = new ProblemText(tokens.Line);
                    break;
                case "beginproblem":
                    throw tokens.Error("beginproblem inside a problem (end it with endproblem, or separate problems with nextproblem)");
                case "remark":
                    problem.Remarks.Add(tokens.RestOfLine());
                    break;
                case "author":
                    problem.Authors.Add(tokens.RestOfLine());
                    break;
                case "origin" or "award":
                    problem.Origins.Add(tokens.RestOfLine());
                    break;
                case "title":
                    problem.Titles.Add(tokens.RestOfLine());
                    break;
                case "protocol":
                    tokens.RestOfLine();
                    break;
                case "condition":
                    throw PopeyeStipulation.RefuseCondition(tokens);
                case "stipulation":
                    problem.Stipulation = PopeyeStipulation.Read(tokens);
                    break;
                case "forsyth":
                    problem.Board = ReadForsyth(tokens, problem.Board);
                    break;
                case "pieces":
                    problem.Board = PopeyePieces.Read(tokens, problem.Board, "pieces");
                    break;
                case "option":
                    ReadOptions(tokens, problem);
                    break;
                case "twin":
                    problem.Twins.Add(PopeyeTwinning.Read(tokens, tokens.FileName));
                    break;
                case "zeroposition":
                    if (problem.Twins.Count > 0 || problem.Zero)
                    {
                        throw tokens.Error("zeroposition must come before the twins");
                    }
                    problem.Zero = true;
                    problem.Twins.Add(PopeyeTwinning.Read(tokens, tokens.FileName));
                    break;
                default:
                    throw tokens.Error($"{command} is not supported");
            }
        }
    }

    private static void ReadOptions(PopeyeTokens tokens, ProblemText problem)
    {
        bool any = false;
        // As Popeye: a word is read as an option first, and ends the options when it names none but a command.
        while (tokens.Peek() is { } word
            && (PopeyeKeywords.Match(word, PopeyeKeywords.Options) is not null || PopeyeKeywords.Command(word) is null))
        {
            tokens.Next();
            any = true;
            var option = PopeyeKeywords.Match(word, PopeyeKeywords.Options)
                ?? throw tokens.Error($"option {tokens.Raw} is not supported");
            switch (option)
            {
                case "try":
                    problem.Tries = true;
                    break;
                case "defence":
                    // Popeye lists the moves refuted by at most N defences as tries: Defence 1 is Try.
                    problem.Defences = ReadNumber(tokens, "option defence");
                    problem.Tries = true;
                    break;
                case "setplay":
                    problem.SetPlay = true;
                    break;
                case "variations":
                    problem.Variation = true;
                    break;
                case "nothreat":
                    problem.NoThreat = true;
                    break;
                case "maxsolutions":
                    problem.MaxSolutions = ReadNumber(tokens, "option maxsolutions");
                    break;
                case "maxtime":
                    problem.MaxTime = TimeSpan.FromSeconds(ReadNumber(tokens, "option maxtime"));
                    break;
                case "whitetoplay":
                    problem.WhiteToPlay = true;
                    break;
                case "enpassant":
                    problem.EnPassant = ReadSquares(tokens, "option enpassant");
                    if (problem.EnPassant.Count is < 3 or > 4)
                    {
                        throw tokens.Error("option enpassant: give the pawn's start, passed and arrival squares (e.g. e2 e3 e4)");
                    }
                    break;
                case "nocastling":
                    problem.NoCastling.UnionWith(ReadSquares(tokens, "option nocastling"));
                    break;
                case "movenumbers" or "noboard" or "intelligent" or "noshortvariations":
                    // Output and speed choices of Popeye's: they change nothing Tempo proves.
                    break;
                default:
                    throw tokens.Error($"option {tokens.Raw} is not supported");
            }
        }
        if (!any)
        {
            throw tokens.Error("option: no option given");
        }
    }

    private static int ReadNumber(PopeyeTokens tokens, string command)
    {
        var word = tokens.Next();
        if (word is null || !int.TryParse(word, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1)
        {
            throw tokens.Error($"{command}: '{(word is null ? "end of file" : tokens.Raw)}' is not a positive whole number");
        }
        return value;
    }

    private static List<Square> ReadSquares(PopeyeTokens tokens, string command)
    {
        var squares = new List<Square>();
        while (tokens.Peek() is { } word && word.Length % 2 == 0 && word.Length > 0
            && Enumerable.Range(0, word.Length / 2).All(i => Square.TryParse(word.AsSpan(2 * i, 2), out _)))
        {
            tokens.Next();
            for (int i = 0; i < word.Length; i += 2)
            {
                squares.Add(Square.Parse(word.Substring(i, 2)));
            }
        }
        if (squares.Count == 0)
        {
            throw tokens.Error($"{command}: no squares given");
        }
        return squares;
    }

    /// <summary>Popeye's forsyth: FEN-like ranks from a8, S for the knight, '/' optional, trailing blanks omitted.</summary>
    private static PopeyeBoard ReadForsyth(PopeyeTokens tokens, PopeyeBoard board)
    {
        if (tokens.Next() is null)
        {
            throw tokens.Error("forsyth: no position given");
        }
        var text = tokens.Raw;
        int square = 0;
        for (int i = 0; i < text.Length; i++)
        {
            char c = text[i];
            if (c == '/')
            {
                continue;
            }
            if (char.IsAsciiDigit(c))
            {
                int run = c - '0';
                while (i + 1 < text.Length && char.IsAsciiDigit(text[i + 1]))
                {
                    run = run * 10 + (text[++i] - '0');
                }
                square += run;
                continue;
            }
            if (square >= 64)
            {
                throw tokens.Error($"forsyth {text}: more than 64 squares");
            }
            char letter = PopeyePieces.FenLetter(char.ToLowerInvariant(c).ToString(), tokens, "forsyth");
            // Popeye counts from a8 to h8, then a7 …: square 0 is a8.
            board = board.With(Square.FromFileRank(square % 8, 7 - square / 8), char.IsUpper(c) ? char.ToUpperInvariant(letter) : letter);
            square++;
        }
        if (square > 64)
        {
            throw tokens.Error($"forsyth {text}: more than 64 squares");
        }
        return board;
    }

    /// <summary>A problem as read so far.</summary>
    private sealed class ProblemText(int line)
    {
        public List<string> Remarks { get; } = [];
        public List<string> Authors { get; } = [];
        public List<string> Origins { get; } = [];
        public List<string> Titles { get; } = [];
        public PopeyeBoard Board { get; set; } = PopeyeBoard.Empty;
        public Stipulation? Stipulation { get; set; }
        public List<PopeyeTwinning> Twins { get; } = [];
        public bool Zero { get; set; }
        public bool Tries { get; set; }
        public bool SetPlay { get; set; }
        public bool Variation { get; set; }
        public bool NoThreat { get; set; }
        public bool WhiteToPlay { get; set; }
        public int Defences { get; set; } = 1;
        public int? MaxSolutions { get; set; }
        public TimeSpan? MaxTime { get; set; }
        public List<Square>? EnPassant { get; set; }
        public HashSet<Square> NoCastling { get; } = [];

        public PopeyeProblem Build(PopeyeTokens tokens)
        {
            int end = tokens.Line;
            if (Stipulation is null)
            {
                throw new PopeyeInputException(tokens.FileName, end, "no stipulation (e.g. stipulation h#2)");
            }
            var twins = new List<PopeyeTwin>();
            var diagram = new TwinState(Board, Stipulation);
            if (Twins.Count == 0)
            {
                twins.Add(Twin("", "", diagram, line, tokens.FileName));
            }
            else
            {
                var previous = diagram;
                int index = 0;
                if (!Zero)
                {
                    twins.Add(Twin("a", "", diagram, line, tokens.FileName));
                    index = 1;
                }
                foreach (var twinning in Twins)
                {
                    var (state, change) = twinning.Apply(twinning.Continued ? previous : diagram);
                    string label = (twinning.Continued ? "+" : "") + (char)('a' + index);
                    twins.Add(Twin(label, change, state, twinning.Line, tokens.FileName));
                    previous = state;
                    index++;
                }
            }
            return new PopeyeProblem
            {
                Remarks = Remarks,
                Authors = Authors,
                Origins = Origins,
                Titles = Titles,
                Diagram = Board,
                Twins = twins,
                SetPlay = SetPlay,
                Tries = Tries,
                Defences = Defences,
                Variation = Variation,
                NoThreat = NoThreat,
                MaxSolutions = MaxSolutions,
                MaxTime = MaxTime,
                Line = line,
            };
        }

        private static Square? PawnOnBackRank(PopeyeBoard board)
        {
            for (int index = 0; index < 64; index++)
            {
                var square = new Square(index);
                if (square.Rank is 0 or 7 && char.ToUpperInvariant(board[square]) == 'P')
                {
                    return square;
                }
            }
            return null;
        }

        private PopeyeTwin Twin(string label, string change, TwinState state, int at, string fileName)
        {
            var stipulation = state.Stipulation!.Value;
            bool whiteToPlayIgnored = WhiteToPlay && stipulation.FirstToMove == Color.White;
            if (WhiteToPlay && !whiteToPlayIgnored)
            {
                // As Popeye: h#N becomes h#(N-1).5, and a twin's new stipulation is printed so; where White already
                // begins (h#N.5, #N, s#N) the option does nothing but a line saying so.
                var played = new Stipulation(StipulationKind.Help, stipulation.Moves - 1, HalfMove: true);
                change = ReplaceLast(change, stipulation.ToString(), played.ToString());
                stipulation = played;
            }
            string side = stipulation.FirstToMove == Color.White ? "w" : "b";
            string enPassant = EnPassant is { Count: >= 3 } ep ? ep[1].ToString() : "-";
            var fen = $"{state.Board.Placement()} {side} {state.Board.CastlingRights(NoCastling)} {enPassant} 0 1";
            string which = label.Length == 0 ? "the position" : $"twin {label}) {change}".TrimEnd();
            if (PawnOnBackRank(state.Board) is { } pawn)
            {
                // Popeye 4.104 keeps such a pawn on the board unable to move; Tempo's rules have no such pawn.
                throw new PopeyeInputException(fileName, at,
                    $"{which}: a pawn on {pawn} (rank 1 or 8); Popeye leaves it there unable to move, Tempo does not solve such positions");
            }
            if (!Position.TryParse(fen, out var position, out var error))
            {
                throw new PopeyeInputException(fileName, at, $"{which}: {error}");
            }
            return new PopeyeTwin(label, change, position!.ToFen(), stipulation, at) { WhiteToPlayIgnored = whiteToPlayIgnored };
        }

        private static string ReplaceLast(string text, string old, string replacement)
        {
            int at = text.LastIndexOf(old, StringComparison.Ordinal);
            return at < 0 ? text : string.Concat(text.AsSpan(0, at), replacement, text.AsSpan(at + old.Length));
        }
    }
}
