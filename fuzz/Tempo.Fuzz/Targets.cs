using System.Text;
using System.Globalization;
using Tempo.Chess;
using Tempo.Chess.Batch;
using Tempo.Chess.Pgn;
using Tempo.Chess.Solving;
using Tempo.Chess.Uci;
using Tempo.Soccer.Plays;

namespace Tempo.Fuzz;

/// <summary>
/// One fuzz target per parser. Each takes the raw bytes, decodes them as UTF-8 and swallows only the parser's own
/// typed error; any other exception escapes and is a crash for the fuzzer.
/// </summary>
public static class Targets
{
    /// <summary>Positions the SAN and UCI targets read moves against (the first input byte picks one).</summary>
    private static readonly string[] MovePositions =
    [
        "rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1",
        "r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1",
        "n1n5/PPPk4/8/8/8/8/4Kppp/5N1N b - - 0 1",
        "8/2p5/3p4/KP5r/1R3p1k/8/4P1P1/8 w - - 0 1",
        "rnbqkb1r/pp1p1ppp/5n2/2pPp3/8/8/PPP1PPPP/RNBQKBNR w KQkq e6 0 4",
        "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1",
    ];

    public static IReadOnlyDictionary<string, Action<byte[]>> All { get; } = new Dictionary<string, Action<byte[]>>(StringComparer.Ordinal)
    {
        ["fen"] = Fen,
        ["epd"] = Epd,
        ["san"] = data => Move(data, san: true),
        ["uci"] = data => Move(data, san: false),
        ["csv"] = Csv,
        ["play"] = Play,
        ["pgn"] = Pgn,
        ["ucicmd"] = UciCommands,
    };

    private static string Text(ReadOnlySpan<byte> data) => Encoding.UTF8.GetString(data);

    private static void Fen(byte[] data)
    {
        try
        {
            var position = Position.Parse(Text(data));
            var fen = position.ToFen();
            if (Position.Parse(fen).ToFen() != fen)
            {
                throw new InvalidOperationException($"accepted FEN does not round trip: {fen}");
            }
        }
        catch (FenException)
        {
        }
    }

    private static void Epd(byte[] data)
    {
        try
        {
            EpdRecord.Parse(Text(data));
        }
        catch (FenException)
        {
        }
    }

    private static void Move(byte[] data, bool san)
    {
        if (data.Length == 0)
        {
            return;
        }
        var position = Position.Parse(MovePositions[data[0] % MovePositions.Length]);
        try
        {
            var text = Text(data.AsSpan(1));
            var move = san ? position.ParseSan(text) : position.ParseUci(text);
            Span<Move> moves = stackalloc Move[Position.MaxMoves];
            var count = position.GenerateLegalMoves(moves);
            if (!moves[..count].Contains(move))
            {
                throw new InvalidOperationException($"'{text}' parsed to the illegal move {move}");
            }
        }
        catch (MoveNotationException)
        {
        }
    }

    private static void Csv(byte[] data)
    {
        var lines = Text(data).Split('\n');
        try
        {
            foreach (var entry in BatchReader.Read(lines, "fuzz.csv"))
            {
                if ((entry.Position is null) == (entry.Error is null))
                {
                    throw new InvalidOperationException($"line {entry.LineNumber}: neither a position nor an error");
                }
            }
        }
        catch (FormatException e) when (e.GetType() == typeof(FormatException))
        {
            // Only the header may be refused, with a plain FormatException naming the file.
        }
    }

    private static void Play(byte[] data)
    {
        try
        {
            PlayFile.Parse(Text(data), "fuzz.yaml");
        }
        catch (PlayFileException)
        {
        }
    }

    private static void Pgn(byte[] data)
    {
        // The reader never throws: an unreadable game is a game with an error naming its line.
        var lines = Text(data).Split('\n');
        foreach (var game in PgnGameReader.Read(lines))
        {
            if ((game.FinalPosition is null) == (game.Error is null) || game.LineNumber < 1 || game.LineNumber > lines.Length)
            {
                throw new InvalidOperationException($"game {game.Number} at line {game.LineNumber}: position {game.FinalPosition?.ToFen()}, error {game.Error}");
            }
        }
        foreach (var entry in PgnGameReader.ReadBatch(lines))
        {
            if ((entry.Position is null) == (entry.Error is null))
            {
                throw new InvalidOperationException($"batch entry at line {entry.LineNumber}: neither a position nor an error");
            }
        }
    }

    private static readonly string[] UciReplies = ["id ", "option ", "uciok", "readyok", "info ", "bestmove ", "Fen: ", "Nodes searched: "];

    private static void UciCommands(byte[] data)
    {
        // Each line is one command as a GUI sends it; a search a line starts is stopped at once (the parser is the
        // target). Hash and Threads above 2 are not sent: they would allocate a real table or threads per input.
        var output = new StringWriter();
        using (var engine = new UciEngine(output))
        {
            engine.Execute("setoption name Hash value 1");
            foreach (var line in Text(data).Split('\r', '\n'))
            {
                if (line.Contains("setoption", StringComparison.Ordinal)
                    && line.Split(' ').Any(t => long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n > 2))
                {
                    continue;
                }
                var goOn = engine.Execute(line);
                engine.StopSearch();
                if (!goOn)
                {
                    break;
                }
            }
            Position.Parse(engine.Fen);
        }
        foreach (var reply in output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var text = reply.TrimEnd('\r');
            if (!UciReplies.Any(r => text.StartsWith(r, StringComparison.Ordinal)) && !(text.Length >= 7 && text[4] == ':' || text.Length >= 8 && text[5] == ':'))
            {
                throw new InvalidOperationException($"not a UCI reply: '{text}'");
            }
        }
    }
}
