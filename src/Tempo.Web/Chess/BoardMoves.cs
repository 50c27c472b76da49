using System.Text.Json;
using Tempo.Chess;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>What the board editor asks the rules engine: is this FEN a position, what are its moves, where does a line lead.</summary>
internal static class BoardMoves
{
    /// <summary><c>{"valid":true,"fen","sideToMove","castling","inCheck","checkmate","stalemate","moves":[{"uci","san"}]}</c></summary>
    public static string Describe(Position position)
    {
        Span<Move> buffer = stackalloc Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(buffer);
        var moves = new List<object>(count);
        foreach (var move in buffer[..count])
        {
            moves.Add(new { uci = move.ToUci(), san = position.ToSan(move) });
        }
        return JsonSerializer.Serialize(new
        {
            valid = true,
            fen = position.ToFen(),
            sideToMove = position.SideToMove == Color.White ? "white" : "black",
            castling = position.CastlingRights,
            inCheck = position.InCheck,
            checkmate = position.IsCheckmate(),
            stalemate = position.IsStalemate(),
            moves,
        });
    }

    /// <summary>Plays SAN moves from <paramref name="position"/>: <c>{"steps":[{"san","uci","from","to","fen"}]}</c>.</summary>
    public static string Play(Position position, string moves)
    {
        var steps = new List<object>();
        var current = position.Clone();
        foreach (var token in moves.Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (steps.Count >= 200)
            {
                throw new BadInputException("moves: more than 200 moves");
            }
            var move = current.ParseSan(token);
            var san = current.ToSan(move);
            current.MakeMove(move);
            steps.Add(new { san, uci = move.ToUci(), from = move.From.ToString(), to = move.To.ToString(), fen = current.ToFen() });
        }
        return JsonSerializer.Serialize(new { steps });
    }
}
