using System.Globalization;
using CsCheck;
using Tempo.Chess.Uci;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>
/// Mutated UCI command lines (what a GUI or a person at the prompt may send) fed to <see cref="UciEngine.Execute"/>:
/// it never throws, answers only with protocol lines, and its position stays a legal one.
/// </summary>
public sealed partial class UciCommandHostileTests
{
    private const string Book = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";

    private static readonly string[] Seeds =
    [
        "uci", "isready", "ucinewgame", "d", "stop", "ponderhit", "debug on", "register later", "quit",
        "setoption name Hash value 2", "setoption name Threads value 2", "setoption name MultiPV value 3",
        "setoption name Clear Hash", "setoption name UCI_Chess960 value true",
        "position startpos", "position startpos moves e2e4 e7e5 g1f3 b8c6 f1b5 a7a6",
        "position fen " + Book, "position fen " + Book + " moves f6h8 c6d4 c3d4",
        "position fen r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1 moves e1g1 e8c8 d5e6",
        "position fen n1n5/PPPk4/8/8/8/8/4Kppp/5N1N b - - 0 1 moves g2g1q b7a8n",
    ];

    private static readonly string[] GoSeeds =
    [
        "go mate 3", "go depth 2", "go movetime 50", "go wtime 1000 btime 1000 winc 10 binc 10 movestogo 5",
        "go infinite", "go perft 2", "go ponder mate 2", "go searchmoves e2e4 d2d4 mate 2", "go nodes 100 mate 1",
    ];

    private const string UciAlphabet = "abcdefgh12345678 -/KQRBNPkqrbnpwx0123456789nameuvoptsfrmigd";

    private static readonly string[] Replies = ["id ", "option ", "uciok", "readyok", "info ", "bestmove ", "Fen: ", "Nodes searched: "];

    [Fact]
    public void Execute_answers_every_mutated_command_with_protocol_lines_only()
    {
        // A go starts a search thread (stopped at once): one line in six is a go, so that 100,000 sessions fit in CI.
        var line = Gen.Frequency((5, HostileInput.Mutations(Seeds, UciAlphabet)), (1, HostileInput.Mutations(GoSeeds, UciAlphabet)));
        HostileInput.AssertOnlyTypedErrors(line.Array[1, 4], lines =>
        {
            if (Run(lines).Any(l => l.StartsWith("info string", StringComparison.Ordinal)))
            {
                throw new Refused();
            }
        }, e => e is Refused, perInput: TimeSpan.FromSeconds(5), wholeRun: TimeSpan.FromMinutes(10));
    }

    [Theory]
    [InlineData("position fen " + Book + " moves f6h8 f6h8")]
    [InlineData("position fen 8/8/8/8/8/8/8/8 w - - 0 1")]
    [InlineData("position fen")]
    [InlineData("position startpos moves e2e5")]
    [InlineData("setoption name Hash value 99999999999")]
    [InlineData("setoption name Threads value -1")]
    [InlineData("setoption name")]
    [InlineData("go mate 99999999999")]
    [InlineData("go perft 0")]
    [InlineData("joho")]
    public void Broken_commands_are_answered_with_an_info_string(string line)
    {
        var replies = Run([line, "isready"]);

        Assert.Contains(replies, r => r.StartsWith("info string", StringComparison.Ordinal));
        Assert.Equal("readyok", replies[^1]);
    }

    /// <summary>
    /// Runs the lines on a fresh engine, stopping any search a line started (the parser is under test, not the search);
    /// returns the replies after checking they are protocol lines and the position is legal.
    /// </summary>
    private static List<string> Run(string[] lines)
    {
        var output = new StringWriter();
        using (var engine = new UciEngine(output))
        {
            // The default 64 MiB table would be allocated by every search.
            engine.Execute("setoption name Hash value 1");
            // As TextReader.ReadLine hands them over: a line never holds a line break.
            foreach (var line in lines.SelectMany(l => l.Split('\r', '\n')))
            {
                if (AllocatesForReal(line))
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
            var fen = engine.Fen;
            if (Position.Parse(fen).ToFen() != fen)
            {
                throw new InvalidOperationException($"the engine's position {fen} does not read back");
            }
        }
        var replies = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
        foreach (var reply in replies)
        {
            if (!Replies.Any(r => reply.StartsWith(r, StringComparison.Ordinal)) && !PerftLine().IsMatch(reply))
            {
                throw new InvalidOperationException($"not a UCI reply: '{reply}'");
            }
        }
        return replies;
    }

    /// <summary>
    /// A Hash or Threads value above 2 would allocate a real table or start real threads for every search of the
    /// 100,000 sessions (the hash's range check has its own tests in UciEngineTests).
    /// </summary>
    private static bool AllocatesForReal(string line) =>
        line.Contains("setoption", StringComparison.Ordinal)
        && (line.Contains("hash", StringComparison.OrdinalIgnoreCase) || line.Contains("threads", StringComparison.OrdinalIgnoreCase))
        && line.Split(' ').Any(t => long.TryParse(t, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n is > 2 and <= UciEngine.MaxHashMegabytes);

    /// <summary>A line of <c>go perft</c>'s divide (Stockfish's format): a move and its node count.</summary>
    [System.Text.RegularExpressions.GeneratedRegex("^[a-h][1-8][a-h][1-8][qrbn]?: [0-9]+$")]
    private static partial System.Text.RegularExpressions.Regex PerftLine();

    private sealed class Refused : Exception;
}
