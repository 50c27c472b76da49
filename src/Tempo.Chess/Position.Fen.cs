using System.Globalization;
using System.Numerics;
using System.Text;

namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>
    /// Parses a 4- or 6-field FEN (placement, side, castling, en passant[, half-move clock, full-move number]).
    /// The word "startpos" is accepted too. Throws <see cref="FenException"/> naming the input and what is wrong.
    /// </summary>
    public static Position Parse(string fen)
    {
        ArgumentNullException.ThrowIfNull(fen);
        var error = TryBuild(fen, out var state);
        if (error != null)
        {
            throw new FenException($"invalid FEN '{fen}': {error}");
        }
        return new Position(in state);
    }

    /// <summary>Like <see cref="Parse"/> but returns false with the reason instead of throwing.</summary>
    public static bool TryParse(string fen, out Position? position, out string? error)
    {
        if (fen == null)
        {
            position = null;
            error = "FEN is null";
            return false;
        }
        error = TryBuild(fen, out var state);
        position = error == null ? new Position(in state) : null;
        return error == null;
    }

    /// <summary>The position as a 6-field FEN.</summary>
    public string ToFen()
    {
        ref var s = ref Current;
        var text = new StringBuilder(90);
        AppendPlacement(ref s, text);
        text.Append(s.Side == 0 ? " w " : " b ");
        text.Append(CastlingText(s.Castling));
        text.Append(' ');
        text.Append(s.EnPassant == BoardState.NoSquare ? "-" : new Square(s.EnPassant).ToString());
        text.Append(' ').Append(s.HalfMoveClock.ToString(CultureInfo.InvariantCulture));
        text.Append(' ').Append(s.FullMoveNumber.ToString(CultureInfo.InvariantCulture));
        return text.ToString();
    }

    /// <summary>Same as <see cref="ToFen"/>.</summary>
    public override string ToString() => ToFen();

    private static void AppendPlacement(ref BoardState s, StringBuilder text)
    {
        for (var rank = 7; rank >= 0; rank--)
        {
            var gap = 0;
            for (var file = 0; file < 8; file++)
            {
                var code = s.Board.At(rank * 8 + file);
                if (code == 0)
                {
                    gap++;
                    continue;
                }
                if (gap > 0)
                {
                    text.Append((char)('0' + gap));
                    gap = 0;
                }
                text.Append(new Piece((Color)(code >> 3), (PieceType)(code & 7)).ToString());
            }
            if (gap > 0)
            {
                text.Append((char)('0' + gap));
            }
            if (rank > 0)
            {
                text.Append('/');
            }
        }
    }

    private static string? TryBuild(string fen, out BoardState s)
    {
        s = default;
        if (fen.Trim() == "startpos")
        {
            fen = "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1";
        }
        var fields = fen.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        if (fields.Length != 4 && fields.Length != 6)
        {
            return $"expected 4 or 6 space-separated fields, found {fields.Length}";
        }

        var ranks = fields[0].Split('/');
        if (ranks.Length != 8)
        {
            return $"piece placement has {ranks.Length} ranks, expected 8";
        }
        for (var r = 0; r < 8; r++)
        {
            var rank = 7 - r;
            var file = 0;
            foreach (var c in ranks[r])
            {
                if (c is >= '1' and <= '8')
                {
                    file += c - '0';
                }
                else if (Piece.TryFromLetter(c, out var piece))
                {
                    if (file < 8)
                    {
                        Put(ref s, rank * 8 + file, (int)piece.Color, (int)piece.Type);
                    }
                    file++;
                }
                else if (char.IsDigit(c))
                {
                    return $"rank {rank + 1} ('{ranks[r]}') has the digit '{c}'; empty-square counts are 1-8";
                }
                else
                {
                    return $"bad piece letter '{c}' in rank {rank + 1}";
                }
            }
            if (file != 8)
            {
                return $"rank {rank + 1} ('{ranks[r]}') covers {file} squares, expected 8";
            }
        }

        for (var color = 0; color < 2; color++)
        {
            var kings = BitOperations.PopCount(s.Bb.At(color) & s.Bb.At(KingIndex));
            var name = color == 0 ? "white" : "black";
            if (kings == 0)
            {
                return $"no {name} king";
            }
            if (kings > 1)
            {
                return $"{kings} {name} kings, expected 1";
            }
        }
        if ((s.Bb.At(PawnIndex) & (Rank1 | Rank8)) != 0)
        {
            var sq = new Square(BitOperations.TrailingZeroCount(s.Bb.At(PawnIndex) & (Rank1 | Rank8)));
            return $"pawn on {sq} (pawns cannot stand on rank 1 or 8)";
        }

        switch (fields[1])
        {
            case "w": s.Side = 0; break;
            case "b": s.Side = 1; break;
            default: return $"side to move '{fields[1]}' must be 'w' or 'b'";
        }

        var castlingError = ParseCastling(ref s, fields[2]);
        if (castlingError != null)
        {
            return castlingError;
        }

        s.EnPassant = BoardState.NoSquare;
        if (fields[3] != "-")
        {
            if (!Square.TryParse(fields[3], out var ep))
            {
                return $"en-passant field '{fields[3]}' is not a square or '-'";
            }
            var expectedRank = s.Side == 0 ? 5 : 2;
            var pusher = s.Side ^ 1;
            var pawnSquare = ep.Index + (s.Side == 0 ? -8 : 8);
            var origin = ep.Index + (s.Side == 0 ? 8 : -8);
            if (ep.Rank != expectedRank)
            {
                return $"en-passant square {ep} is impossible with {(s.Side == 0 ? "white" : "black")} to move (must be on rank {expectedRank + 1})";
            }
            if (s.Board.At(pawnSquare) != ((int)PieceType.Pawn | (pusher << 3)))
            {
                return $"en-passant square {ep} is impossible: no {(pusher == 0 ? "white" : "black")} pawn on {new Square(pawnSquare)}";
            }
            if (s.Board.At(ep.Index) != 0 || s.Board.At(origin) != 0)
            {
                return $"en-passant square {ep} is impossible: {ep} and {new Square(origin)} must be empty";
            }
            s.EnPassant = ep.Index;
        }

        s.HalfMoveClock = 0;
        s.FullMoveNumber = 1;
        if (fields.Length == 6)
        {
            if (!int.TryParse(fields[4], NumberStyles.None, CultureInfo.InvariantCulture, out var halfMoves))
            {
                return $"half-move clock '{fields[4]}' is not a non-negative integer";
            }
            if (!int.TryParse(fields[5], NumberStyles.None, CultureInfo.InvariantCulture, out var fullMoves) || fullMoves < 1)
            {
                return $"full-move number '{fields[5]}' is not a positive integer";
            }
            s.HalfMoveClock = halfMoves;
            s.FullMoveNumber = fullMoves;
        }

        var occupied = s.Bb.At(0) | s.Bb.At(1);
        var enemyKing = BitOperations.TrailingZeroCount(s.Bb.At(s.Side ^ 1) & s.Bb.At(KingIndex));
        if ((AttackersTo(ref s, enemyKing, occupied) & s.Bb.At(s.Side)) != 0)
        {
            return $"the side not to move ({(s.Side == 0 ? "black" : "white")}) is in check";
        }
        var king = BitOperations.TrailingZeroCount(s.Bb.At(s.Side) & s.Bb.At(KingIndex));
        s.Checkers = AttackersTo(ref s, king, occupied) & s.Bb.At(s.Side ^ 1);
        s.Hash = ComputeHash(ref s);
        return null;
    }

    private static string? ParseCastling(ref BoardState s, string field)
    {
        s.Castling = 0;
        if (field == "-")
        {
            return null;
        }
        foreach (var c in field)
        {
            var (flag, king, rook, color) = c switch
            {
                'K' => (WhiteKingside, 4, 7, 0),
                'Q' => (WhiteQueenside, 4, 0, 0),
                'k' => (BlackKingside, 60, 63, 1),
                'q' => (BlackQueenside, 60, 56, 1),
                _ => (0, 0, 0, 0),
            };
            if (flag == 0)
            {
                return $"bad castling character '{c}' in '{field}' (expected K, Q, k, q or '-')";
            }
            if ((s.Castling & flag) != 0)
            {
                return $"castling right '{c}' appears twice in '{field}'";
            }
            var name = color == 0 ? "white" : "black";
            if (s.Board.At(king) != ((int)PieceType.King | (color << 3)))
            {
                return $"castling right '{c}' but the {name} king is not on {new Square(king)}";
            }
            if (s.Board.At(rook) != ((int)PieceType.Rook | (color << 3)))
            {
                return $"castling right '{c}' but there is no {name} rook on {new Square(rook)}";
            }
            s.Castling |= flag;
        }
        return null;
    }
}
