namespace Tempo.Chess.Tests.Reference;

/// <summary>
/// A deliberately simple reference move generator for cross-checking the bitboard one: a 64-character board,
/// pseudo-legal moves by walking directions square by square, and legality by playing each move on a copy and asking
/// whether the mover's king is attacked. It shares no code with Tempo.Chess: it reads FEN and writes UCI itself.
/// </summary>
internal sealed class MailboxBoard
{
    private static readonly (int File, int Rank)[] KnightSteps = [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)];
    private static readonly (int File, int Rank)[] KingSteps = [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1)];
    private static readonly (int File, int Rank)[] RookSteps = [(1, 0), (-1, 0), (0, 1), (0, -1)];
    private static readonly (int File, int Rank)[] BishopSteps = [(1, 1), (1, -1), (-1, 1), (-1, -1)];
    private static readonly (int Square, string Rights)[] CastlingSquares = [(4, "KQ"), (7, "K"), (0, "Q"), (60, "kq"), (63, "k"), (56, "q")];

    private readonly char[] _board = new char[64];
    private bool _whiteToMove;
    private string _castling = "";
    private int _enPassant = -1;

    private MailboxBoard()
    {
    }

    public static MailboxBoard FromFen(string fen)
    {
        var fields = fen.Split(' ');
        var board = new MailboxBoard();
        Array.Fill(board._board, '.');
        var rank = 7;
        var file = 0;
        foreach (var c in fields[0])
        {
            if (c == '/')
            {
                rank--;
                file = 0;
            }
            else if (char.IsDigit(c))
            {
                file += c - '0';
            }
            else
            {
                board._board[rank * 8 + file] = c;
                file++;
            }
        }
        board._whiteToMove = fields[1] == "w";
        board._castling = fields[2] == "-" ? "" : fields[2];
        board._enPassant = fields[3] == "-" ? -1 : (fields[3][1] - '1') * 8 + (fields[3][0] - 'a');
        return board;
    }

    /// <summary>Placement, side and castling fields (the en-passant field is compared through the move lists instead).</summary>
    public string PlacementSideCastling()
    {
        var text = new System.Text.StringBuilder();
        for (var rank = 7; rank >= 0; rank--)
        {
            var gap = 0;
            for (var file = 0; file < 8; file++)
            {
                var c = _board[rank * 8 + file];
                if (c == '.')
                {
                    gap++;
                    continue;
                }
                if (gap > 0)
                {
                    text.Append(gap);
                }
                gap = 0;
                text.Append(c);
            }
            if (gap > 0)
            {
                text.Append(gap);
            }
            if (rank > 0)
            {
                text.Append('/');
            }
        }
        var castling = new string("KQkq".Where(_castling.Contains).ToArray());
        return $"{text} {(_whiteToMove ? 'w' : 'b')} {(castling.Length == 0 ? "-" : castling)}";
    }

    public List<string> LegalMoves()
    {
        var legal = new List<string>();
        foreach (var move in PseudoLegalMoves())
        {
            var after = Play(move);
            if (!after.IsAttacked(after.KingSquare(_whiteToMove), byWhite: !_whiteToMove))
            {
                legal.Add(move);
            }
        }
        return legal;
    }

    public bool InCheck() => IsAttacked(KingSquare(_whiteToMove), byWhite: !_whiteToMove);

    /// <summary>Plays a UCI move on a copy (no legality check).</summary>
    public MailboxBoard Play(string uci)
    {
        var next = new MailboxBoard();
        Array.Copy(_board, next._board, 64);
        next._whiteToMove = !_whiteToMove;
        next._castling = _castling;
        next._enPassant = -1;
        var from = SquareOf(uci, 0);
        var to = SquareOf(uci, 2);
        var piece = _board[from];
        var upper = char.ToUpperInvariant(piece);
        next._board[from] = '.';
        next._board[to] = uci.Length == 5 ? (_whiteToMove ? char.ToUpperInvariant(uci[4]) : uci[4]) : piece;
        if (upper == 'P' && to == _enPassant)
        {
            next._board[to + (_whiteToMove ? -8 : 8)] = '.';
        }
        if (upper == 'P' && Math.Abs(to - from) == 16)
        {
            next._enPassant = (from + to) / 2;
        }
        if (upper == 'K' && Math.Abs(to - from) == 2)
        {
            var rookFrom = to > from ? from + 3 : from - 4;
            var rookTo = to > from ? from + 1 : from - 1;
            next._board[rookTo] = next._board[rookFrom];
            next._board[rookFrom] = '.';
        }
        foreach (var (square, right) in CastlingSquares)
        {
            if ((from == square || to == square) && next._castling.Length > 0)
            {
                next._castling = new string(next._castling.Where(c => !right.Contains(c)).ToArray());
            }
        }
        return next;
    }

    /// <summary>The whole position as text (placement, side, castling, en-passant square): a key for memo tables.</summary>
    public string Key() => $"{new string(_board)} {(_whiteToMove ? 'w' : 'b')} {_castling} {_enPassant}";

    /// <summary>True if the side to move has a legal move; stops at the first.</summary>
    public bool HasLegalMove()
    {
        foreach (var move in PseudoLegalMoves())
        {
            var after = Play(move);
            if (!after.IsAttacked(after.KingSquare(_whiteToMove), byWhite: !_whiteToMove))
            {
                return true;
            }
        }
        return false;
    }

    private IEnumerable<string> PseudoLegalMoves()
    {
        for (var from = 0; from < 64; from++)
        {
            var piece = _board[from];
            if (piece == '.' || char.IsUpper(piece) != _whiteToMove)
            {
                continue;
            }
            switch (char.ToUpperInvariant(piece))
            {
                case 'P':
                    foreach (var move in PawnMoves(from))
                    {
                        yield return move;
                    }
                    break;
                case 'N':
                    foreach (var to in Steps(from, KnightSteps, slide: false))
                    {
                        yield return Uci(from, to);
                    }
                    break;
                case 'B':
                    foreach (var to in Steps(from, BishopSteps, slide: true))
                    {
                        yield return Uci(from, to);
                    }
                    break;
                case 'R':
                    foreach (var to in Steps(from, RookSteps, slide: true))
                    {
                        yield return Uci(from, to);
                    }
                    break;
                case 'Q':
                    foreach (var to in Steps(from, RookSteps, slide: true).Concat(Steps(from, BishopSteps, slide: true)))
                    {
                        yield return Uci(from, to);
                    }
                    break;
                case 'K':
                    foreach (var to in Steps(from, KingSteps, slide: false))
                    {
                        yield return Uci(from, to);
                    }
                    foreach (var move in CastlingMoves(from))
                    {
                        yield return move;
                    }
                    break;
            }
        }
    }

    private IEnumerable<string> PawnMoves(int from)
    {
        var dir = _whiteToMove ? 1 : -1;
        var file = from % 8;
        var rank = from / 8;
        var startRank = _whiteToMove ? 1 : 6;
        var lastRank = _whiteToMove ? 7 : 0;
        var targets = new List<int>();
        var one = from + 8 * dir;
        if (_board[one] == '.')
        {
            targets.Add(one);
            var two = one + 8 * dir;
            if (rank == startRank && _board[two] == '.')
            {
                targets.Add(two);
            }
        }
        foreach (var df in new[] { -1, 1 })
        {
            if (file + df is < 0 or > 7)
            {
                continue;
            }
            var to = one + df;
            if (to == _enPassant || (_board[to] != '.' && char.IsUpper(_board[to]) != _whiteToMove))
            {
                targets.Add(to);
            }
        }
        foreach (var to in targets)
        {
            if (to / 8 == lastRank)
            {
                foreach (var promotion in "qrbn")
                {
                    yield return Uci(from, to) + promotion;
                }
            }
            else
            {
                yield return Uci(from, to);
            }
        }
    }

    private IEnumerable<string> CastlingMoves(int from)
    {
        var home = _whiteToMove ? 4 : 60;
        var (kingside, queenside) = _whiteToMove ? ('K', 'Q') : ('k', 'q');
        if (from != home || IsAttacked(home, byWhite: !_whiteToMove))
        {
            yield break;
        }
        if (_castling.Contains(kingside) && _board[home + 1] == '.' && _board[home + 2] == '.'
            && !IsAttacked(home + 1, !_whiteToMove) && !IsAttacked(home + 2, !_whiteToMove))
        {
            yield return Uci(home, home + 2);
        }
        if (_castling.Contains(queenside) && _board[home - 1] == '.' && _board[home - 2] == '.' && _board[home - 3] == '.'
            && !IsAttacked(home - 1, !_whiteToMove) && !IsAttacked(home - 2, !_whiteToMove))
        {
            yield return Uci(home, home - 2);
        }
    }

    private IEnumerable<int> Steps(int from, (int File, int Rank)[] steps, bool slide)
    {
        foreach (var (df, dr) in steps)
        {
            int file = from % 8 + df, rank = from / 8 + dr;
            while (file is >= 0 and < 8 && rank is >= 0 and < 8)
            {
                var to = rank * 8 + file;
                if (_board[to] != '.')
                {
                    if (char.IsUpper(_board[to]) != _whiteToMove)
                    {
                        yield return to;
                    }
                    break;
                }
                yield return to;
                if (!slide)
                {
                    break;
                }
                file += df;
                rank += dr;
            }
        }
    }

    private bool IsAttacked(int square, bool byWhite)
    {
        bool Is(int f, int r, string pieces)
        {
            if (f is < 0 or > 7 || r is < 0 or > 7)
            {
                return false;
            }
            var c = _board[r * 8 + f];
            return c != '.' && char.IsUpper(c) == byWhite && pieces.Contains(char.ToUpperInvariant(c));
        }

        int file = square % 8, rank = square / 8;
        var pawnRank = byWhite ? rank - 1 : rank + 1;
        if (Is(file - 1, pawnRank, "P") || Is(file + 1, pawnRank, "P"))
        {
            return true;
        }
        if (KnightSteps.Any(s => Is(file + s.File, rank + s.Rank, "N")) || KingSteps.Any(s => Is(file + s.File, rank + s.Rank, "K")))
        {
            return true;
        }
        foreach (var (steps, pieces) in new[] { (RookSteps, "RQ"), (BishopSteps, "BQ") })
        {
            foreach (var (df, dr) in steps)
            {
                int f = file + df, r = rank + dr;
                while (f is >= 0 and < 8 && r is >= 0 and < 8 && _board[r * 8 + f] == '.')
                {
                    f += df;
                    r += dr;
                }
                if (Is(f, r, pieces))
                {
                    return true;
                }
            }
        }
        return false;
    }

    private int KingSquare(bool white) => Array.IndexOf(_board, white ? 'K' : 'k');

    private static int SquareOf(string uci, int offset) => (uci[offset + 1] - '1') * 8 + (uci[offset] - 'a');

    private static string Uci(int from, int to) => $"{(char)('a' + from % 8)}{(char)('1' + from / 8)}{(char)('a' + to % 8)}{(char)('1' + to / 8)}";
}
