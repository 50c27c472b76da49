using System.Diagnostics.CodeAnalysis;
using System.Text;
using System.Text.RegularExpressions;

namespace Tempo.Chess;

public sealed partial class Position
{
    private static readonly Regex SanPattern = new(
        "^(?<piece>[NBRQK])?(?<file>[a-h])?(?<rank>[1-8])?(?<capture>x)?(?<to>[a-h][1-8])(=?(?<promotion>[NBRQ]))?$",
        RegexOptions.CultureInvariant);

    /// <summary>Standard algebraic notation for a legal move, with disambiguation and "+" or "#".</summary>
    public string ToSan(Move move)
    {
        ref var s = ref Current;
        int from = move.FromIndex, to = move.ToIndex;
        var type = (PieceType)(s.Board.At(from) & 7);
        var text = new StringBuilder(8);
        if (move.IsCastling)
        {
            text.Append(to > from ? "O-O" : "O-O-O");
        }
        else if (type == PieceType.Pawn)
        {
            var capture = move.IsEnPassant || s.Board.At(to) != 0;
            if (capture)
            {
                text.Append((char)('a' + (from & 7))).Append('x');
            }
            text.Append(move.To.ToString());
            if (move.Promotion != PieceType.None)
            {
                text.Append('=').Append(" PNBRQK"[(int)move.Promotion]);
            }
        }
        else
        {
            text.Append(" PNBRQK"[(int)type]);
            if (type != PieceType.King)
            {
                AppendDisambiguation(ref s, move, type, text);
            }
            if (s.Board.At(to) != 0)
            {
                text.Append('x');
            }
            text.Append(move.To.ToString());
        }
        if (GivesCheck(ref s, move))
        {
            MakeMove(move);
            var mate = !HasLegalMove();
            UnmakeMove();
            text.Append(mate ? '#' : '+');
        }
        return text.ToString();
    }

    private static void AppendDisambiguation(ref BoardState s, Move move, PieceType type, StringBuilder text)
    {
        Span<Move> moves = stackalloc Move[MaxMoves];
        var count = Generate(ref s, moves);
        int from = move.FromIndex, to = move.ToIndex;
        bool others = false, sameFile = false, sameRank = false;
        for (var i = 0; i < count; i++)
        {
            var other = moves[i];
            if (other.ToIndex != to || other.FromIndex == from || (s.Board.At(other.FromIndex) & 7) != (int)type)
            {
                continue;
            }
            others = true;
            sameFile |= (other.FromIndex & 7) == (from & 7);
            sameRank |= (other.FromIndex >> 3) == (from >> 3);
        }
        if (!others)
        {
            return;
        }
        if (!sameFile)
        {
            text.Append((char)('a' + (from & 7)));
        }
        else if (!sameRank)
        {
            text.Append((char)('1' + (from >> 3)));
        }
        else
        {
            text.Append(move.From.ToString());
        }
    }

    /// <summary>
    /// Reads a move in standard algebraic notation ("Nf3", "exd5", "e8=Q+", "O-O", "R1e2"; annotations such as
    /// "+", "#", "!" and "?" are ignored). Throws <see cref="MoveNotationException"/> if it is invalid, illegal or ambiguous.
    /// </summary>
    public Move ParseSan(string san)
    {
        ArgumentNullException.ThrowIfNull(san);
        return ReadSan(san, out var move) is { } error ? throw Describe(san, error) : move;
    }

    /// <summary>As <see cref="ParseSan"/>, without exceptions: false if the move is invalid, illegal or ambiguous here.</summary>
    public bool TryParseSan(string san, out Move move) => TryParseSan(san, out move, out _);

    /// <summary>As <see cref="ParseSan"/>, without exceptions; on failure <paramref name="error"/> says why, as <see cref="ParseSan"/>'s exception would.</summary>
    public bool TryParseSan(string san, out Move move, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(san);
        var problem = ReadSan(san, out move);
        error = problem is { } p ? Describe(san, p).Message : null;
        return problem is null;
    }

    /// <summary>Reads a move in UCI notation ("e2e4", "e7e8q", "e1g1" for castling). Throws <see cref="MoveNotationException"/>.</summary>
    public Move ParseUci(string uci)
    {
        ArgumentNullException.ThrowIfNull(uci);
        return ReadUci(uci, out var move) is { } error ? throw Describe(uci, error) : move;
    }

    /// <summary>As <see cref="ParseUci"/>, without exceptions: false if the text is not UCI notation or names no legal move here.</summary>
    public bool TryParseUci(string uci, out Move move) => TryParseUci(uci, out move, out _);

    /// <summary>As <see cref="ParseUci"/>, without exceptions; on failure <paramref name="error"/> says why, as <see cref="ParseUci"/>'s exception would.</summary>
    public bool TryParseUci(string uci, out Move move, [NotNullWhen(false)] out string? error)
    {
        ArgumentNullException.ThrowIfNull(uci);
        var problem = ReadUci(uci, out move);
        error = problem is { } p ? Describe(uci, p).Message : null;
        return problem is null;
    }

    /// <summary>Why a move text was rejected; <see cref="InPosition"/> adds the FEN to the message.</summary>
    private readonly record struct NotationProblem(MoveNotationErrorKind Kind, string Reason, bool InPosition);

    private MoveNotationException Describe(string text, NotationProblem problem)
    {
        var kind = problem.Kind switch
        {
            MoveNotationErrorKind.Invalid => "invalid",
            MoveNotationErrorKind.Ambiguous => "ambiguous",
            _ => "illegal",
        };
        var where = problem.InPosition ? " in " + ToFen() : string.Empty;
        return new MoveNotationException(problem.Kind, $"{kind} move '{text}': {problem.Reason}{where}");
    }

    private NotationProblem? ReadSan(string san, out Move move)
    {
        move = Move.None;
        ref var s = ref Current;
        var core = san.Trim().TrimEnd('+', '#', '!', '?');
        Span<Move> moves = stackalloc Move[MaxMoves];
        var count = Generate(ref s, moves);

        if (core is "O-O" or "0-0" or "O-O-O" or "0-0-0")
        {
            var kingside = core.Length == 3;
            for (var i = 0; i < count; i++)
            {
                if (moves[i].IsCastling && (moves[i].ToIndex > moves[i].FromIndex) == kingside)
                {
                    move = moves[i];
                    return null;
                }
            }
            return new NotationProblem(MoveNotationErrorKind.Illegal, "castling is not legal", true);
        }

        var match = SanPattern.Match(core);
        if (!match.Success)
        {
            return new NotationProblem(MoveNotationErrorKind.Invalid, "not standard algebraic notation", false);
        }
        var type = match.Groups["piece"].Success ? (PieceType)" PNBRQK".IndexOf(match.Groups["piece"].Value[0]) : PieceType.Pawn;
        var fileFilter = match.Groups["file"].Success ? match.Groups["file"].Value[0] - 'a' : -1;
        var rankFilter = match.Groups["rank"].Success ? match.Groups["rank"].Value[0] - '1' : -1;
        var to = Square.Parse(match.Groups["to"].Value).Index;
        var promotion = match.Groups["promotion"].Success ? (PieceType)" PNBRQK".IndexOf(match.Groups["promotion"].Value[0]) : PieceType.None;
        if (promotion != PieceType.None && type != PieceType.Pawn)
        {
            return new NotationProblem(MoveNotationErrorKind.Invalid, "only pawns promote", false);
        }

        var matches = 0;
        for (var i = 0; i < count; i++)
        {
            var m = moves[i];
            if (m.ToIndex != to || m.IsCastling || (s.Board.At(m.FromIndex) & 7) != (int)type || m.Promotion != promotion)
            {
                continue;
            }
            if ((fileFilter >= 0 && (m.FromIndex & 7) != fileFilter) || (rankFilter >= 0 && (m.FromIndex >> 3) != rankFilter))
            {
                continue;
            }
            move = m;
            matches++;
        }
        if (matches == 1)
        {
            return null;
        }
        move = Move.None;
        if (matches > 1)
        {
            return new NotationProblem(MoveNotationErrorKind.Ambiguous, $"{matches} legal moves match", true);
        }
        var reason = type == PieceType.Pawn && promotion == PieceType.None && (to >> 3) is 0 or 7
            ? "a pawn reaching the last rank must name its promotion piece"
            : "no legal move matches";
        return new NotationProblem(MoveNotationErrorKind.Illegal, reason, true);
    }

    private NotationProblem? ReadUci(string uci, out Move move)
    {
        if (!Move.TryParseUci(uci, out var parsed))
        {
            move = Move.None;
            return new NotationProblem(MoveNotationErrorKind.Invalid, Move.UciExpected, false);
        }
        Span<Move> moves = stackalloc Move[MaxMoves];
        var count = Generate(ref Current, moves);
        for (var i = 0; i < count; i++)
        {
            if (moves[i].FromIndex == parsed.FromIndex && moves[i].ToIndex == parsed.ToIndex && moves[i].Promotion == parsed.Promotion)
            {
                move = moves[i];
                return null;
            }
        }
        move = Move.None;
        return new NotationProblem(MoveNotationErrorKind.Illegal, "no legal move matches", true);
    }
}
