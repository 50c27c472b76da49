using System.Text.RegularExpressions;
using Tempo.Chess.Uci;

namespace Tempo.Chess.Tests.Uci;

public sealed partial class UciEngineTests
{
    private const string Book = MateSolverTestData.BookPuzzleFen;

    [Fact]
    public void Uci_IdentifiesAsAMateProverAndListsOptions()
    {
        using var uci = new UciTranscript();
        uci.Send("uci");
        uci.WaitFor("uciok");
        var lines = uci.Lines;
        Assert.StartsWith("id name Tempo", lines[0]);
        Assert.Contains("no evaluation", lines[0]);
        Assert.StartsWith("id author ", lines[1]);
        Assert.Contains("option name Hash type spin default 64 min 1 max 4096", lines);
        Assert.Contains("option name Threads type spin default 1 min 1 max 256", lines);
        Assert.Contains("option name MultiPV type spin default 1 min 1 max 64", lines);
        Assert.Equal("uciok", lines[^1]);
    }

    [Fact]
    public void IsReady_AnswersReadyOk_AndUnknownTokensBeforeACommandAreSkipped()
    {
        using var uci = new UciTranscript();
        uci.Send("isready", "joho isready", "xyzzy 42");
        uci.WaitFor("info string");
        Assert.Equal(["readyok", "readyok", "info string unknown command: xyzzy 42"], uci.Lines);
    }

    [Fact]
    public void GoMate_BookPuzzle_ProvesMateIn3WithKeyBh8AndAPvEndingInMate()
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book);
        var lines = uci.Search("go mate 3");
        var mate = Assert.Single(lines, l => l.Contains(" score mate "));
        Assert.Equal(3, ScoreMate(mate));
        var pv = Pv(mate);
        Assert.Equal("f6h8", pv[0]);
        Assert.Equal(5, pv.Length);
        Assert.True(PlayedOut(Book, pv).IsCheckmate(), $"pv {string.Join(' ', pv)} does not end in mate");
        Assert.Contains("info depth 1 ", lines[0]);
        Assert.Contains("string no mate in 1", lines[0]);
        Assert.Matches(@"^info depth 5 seldepth 5 score mate 3 nodes \d+ nps \d+ time \d+ pv ", mate);
        Assert.Equal("bestmove f6h8 ponder " + pv[1], lines[^1]);
    }

    [Fact]
    public void TheTablesKeptBetweenSearches_DoNotCarryOneSidesProofsIntoTheOthers()
    {
        // The first search proves White's mates into the engine's tables, the positions after 1.Bh8 among them;
        // the second search, with Black to move there, must still see Black mated in 2, not Black mating.
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book);
        Assert.StartsWith("bestmove f6h8", uci.Search("go mate 3")[^1], StringComparison.Ordinal);
        uci.Send("position fen " + Book + " moves f6h8");
        var lines = uci.Search("go mate 3");
        Assert.Equal(-2, ScoreMate(Assert.Single(lines, l => l.Contains(" score mate "))));
        uci.Send("ucinewgame", "position fen " + Book);
        Assert.StartsWith("bestmove f6h8", uci.Search("go mate 3")[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void GoMate_SideToMoveIsMated_ReportsANegativeMateWithTheLongestDefence()
    {
        // After the key 1.Bh8 Black is mated in 2 whatever he plays (the chapter's puzzle).
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book + " moves f6h8");
        var lines = uci.Search("go mate 3");
        var mated = Assert.Single(lines, l => l.Contains(" score mate "));
        Assert.Equal(-2, ScoreMate(mated));
        Assert.Matches(@"^info depth 4 seldepth 4 score mate -2 nodes \d+ nps \d+ time \d+ pv ", mated);
        var pv = Pv(mated);
        Assert.Equal(4, pv.Length);
        Assert.True(PlayedOut(Book, ["f6h8", .. pv]).IsCheckmate(), $"pv {string.Join(' ', pv)} does not end in mate");
        Assert.StartsWith("bestmove " + pv[0] + " ponder " + pv[1], lines[^1], StringComparison.Ordinal);
        // Checked independently: every Black move lets White mate within 2, and after none of them within 1.
        var afterKey = PlayedOut(Book, ["f6h8"]);
        var verifier = new Verification.MateTreeVerifier();
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        int count = afterKey.GenerateLegalMoves(moves);
        foreach (var move in moves[..count].ToArray())
        {
            var child = afterKey.Clone();
            child.MakeMove(move);
            Assert.True(verifier.MateWithin(child.ToFen(), 2), $"{move.ToUci()} escapes");
        }
        var best = afterKey.Clone();
        best.MakeMove(best.ParseUci(pv[0]));
        Assert.False(verifier.MateWithin(best.ToFen(), 1), $"{pv[0]} is not the longest defence");
    }

    [Fact]
    public void GoDepth_WithoutAMateEitherWay_ReportsNoScore()
    {
        using var uci = new UciTranscript();
        uci.Send("position startpos");
        var lines = uci.Search("go depth 4");
        Assert.DoesNotContain(lines, l => l.Contains(" score mate "));
    }

    [Fact]
    public void GoMate_TooShort_SaysNoMateAndStillGivesALegalBestMove()
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book);
        var lines = uci.Search("go mate 2");
        Assert.DoesNotContain(lines, l => l.Contains(" score mate "));
        Assert.Contains("info string no mate in 2", lines);
        var best = lines[^1]["bestmove ".Length..];
        var position = Position.Parse(Book);
        position.ParseUci(best);
        Assert.Equal(FirstLegalInUciOrder(position), best);
    }

    public static TheoryData<string, int> DevMates() => MateSolverTestData.DevMates(1, 3);

    [Theory]
    [MemberData(nameof(DevMates))]
    public void GoMate_DevPositions_ReportsTheKnownDistanceAndAMatingPv(string fen, int mateIn)
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + fen);
        var lines = uci.Search($"go mate {mateIn}");
        var mate = Assert.Single(lines, l => l.Contains(" score mate "));
        Assert.Equal(mateIn, ScoreMate(mate));
        var pv = Pv(mate);
        Assert.Equal(2 * mateIn - 1, pv.Length);
        Assert.True(PlayedOut(fen, pv).IsCheckmate());
        Assert.StartsWith("bestmove " + pv[0], lines[^1]);
    }

    [Fact]
    public void GoDepth_CountsPlies_Depth5FindsTheMateIn3AndDepth4DoesNot()
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book);
        var deep = uci.Search("go depth 5");
        Assert.Equal(3, ScoreMate(Assert.Single(deep, l => l.Contains(" score mate "))));
        var shallow = uci.Search("go depth 4");
        Assert.DoesNotContain(shallow, l => l.Contains(" score mate "));
        Assert.Contains(shallow, l => l.StartsWith("info string no mate found within 2 moves", StringComparison.Ordinal));
    }

    [Fact]
    public void GoMovetime_WithoutAMate_EndsWithTheFirstLegalMoveAndSaysItDoesNotEvaluate()
    {
        using var uci = new UciTranscript();
        uci.Send("position startpos");
        var lines = uci.Search("go movetime 300");
        Assert.Contains(lines, l => l.StartsWith("info string no mate found", StringComparison.Ordinal) && l.Contains("does not evaluate"));
        Assert.Equal("bestmove a2a3", lines[^1]);
    }

    [Fact]
    public async Task GoInfinite_WaitsForStop_ThenAnswersAtOnce()
    {
        using var uci = new UciTranscript();
        uci.Send("position startpos", "go infinite");
        // The mate is found (or not) long before; bestmove must still wait for stop.
        uci.Send("isready");
        int ready = uci.WaitFor("readyok");
        Thread.Sleep(300);
        Assert.DoesNotContain(uci.Lines, l => l.StartsWith("bestmove", StringComparison.Ordinal));
        Assert.True(uci.Engine.Searching);
        // How fast stop answers is measured in bench/uci-stop-latency.py; here only that it answers at all.
        var stop = Task.Run(() => uci.Send("stop"));
        await stop.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.Equal("bestmove a2a3", uci.Lines[^1]);
        Assert.False(uci.Engine.Searching);
        Assert.True(ready >= 0);
    }

    [Fact]
    public void GoInfinite_AfterAProvenMate_StillWaitsForStop()
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book, "go infinite");
        uci.WaitFor("info depth 5 seldepth 5 score mate 3");
        Thread.Sleep(100);
        Assert.DoesNotContain(uci.Lines, l => l.StartsWith("bestmove", StringComparison.Ordinal));
        uci.Send("stop");
        Assert.StartsWith("bestmove f6h8", uci.Lines[^1]);
    }

    [Fact]
    public void Quit_DuringASearch_StopsIt()
    {
        using var uci = new UciTranscript();
        uci.Send("position startpos", "go infinite");
        Assert.False(uci.Engine.Execute("quit"));
        Assert.False(uci.Engine.Searching);
        Assert.StartsWith("bestmove ", uci.Lines[^1]);
    }

    [Fact]
    public void GoPerft_PrintsDivideAndTotalAsStockfish()
    {
        using var uci = new UciTranscript();
        uci.Send("position startpos moves e2e4", "go perft 3");
        uci.WaitFor("Nodes searched");
        uci.Engine.WaitForSearch();
        var lines = uci.Lines;
        var expected = Perft.Divide(Position.Parse("rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq - 0 1"), 3);
        Assert.Equal(expected.Count + 3, lines.Count);
        for (int i = 0; i < expected.Count; i++)
        {
            Assert.Equal($"{expected[i].Move.ToUci()}: {expected[i].Nodes}", lines[i]);
        }
        Assert.Equal("", lines[^3]);
        Assert.Equal($"Nodes searched: {expected.Sum(e => e.Nodes)}", lines[^2]);
        Assert.Equal("Nodes searched: 13160", lines[^2]);
        Assert.Equal("", lines[^1]);
    }

    [Fact]
    public void Position_StartposWithMoves_AndBadInputLeavesThePositionUnchanged()
    {
        using var uci = new UciTranscript();
        uci.Send("position startpos moves e2e4 e7e5 g1f3");
        const string expected = "rnbqkbnr/pppp1ppp/8/4p3/4P3/5N2/PPPP1PPP/RNBQKB1R b KQkq - 1 2";
        Assert.Equal(expected, uci.Engine.Fen);
        uci.Send("position startpos moves e2e4 e2e4");
        uci.Send("position fen 8/8/8/8 w - - 0 1");
        uci.Send("position sideways");
        Assert.Equal(expected, uci.Engine.Fen);
        var lines = uci.Lines;
        Assert.Equal(3, lines.Count);
        Assert.StartsWith("info string position: move 2 illegal move 'e2e4'", lines[0]);
        Assert.StartsWith("info string position: bad FEN '8/8/8/8 w - - 0 1'", lines[1]);
        Assert.StartsWith("info string position: expected", lines[2]);
        uci.Send("d");
        Assert.Equal("Fen: " + expected, uci.Lines[^1]);
    }

    [Fact]
    public void Position_FenWithMoves_IsPlayedOn()
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book + " moves f6h8 c6d4");
        var expected = Position.Parse(Book);
        expected.MakeMove(expected.ParseUci("f6h8"));
        expected.MakeMove(expected.ParseUci("c6d4"));
        Assert.Equal(expected.ToFen(), uci.Engine.Fen);
        var lines = uci.Search("go mate 2");
        Assert.Equal(2, ScoreMate(Assert.Single(lines, l => l.Contains(" score mate "))));
    }

    [Fact]
    public void SetOption_MultiPv_ListsEveryKeyUpToTheCount()
    {
        using var uci = new UciTranscript();
        // Queen mates in one four ways: Qg7, Qg8, Qh1, Qh2.
        uci.Send("setoption name MultiPV value 3", "position fen 7k/5K2/8/8/8/8/8/6Q1 w - - 0 1");
        var lines = uci.Search("go mate 1");
        var mates = lines.Where(l => l.Contains(" score mate 1 ")).ToArray();
        Assert.Equal(3, mates.Length);
        for (int i = 0; i < 3; i++)
        {
            Assert.Contains($" multipv {i + 1} ", mates[i]);
            Assert.True(PlayedOut("7k/5K2/8/8/8/8/8/6Q1 w - - 0 1", Pv(mates[i])).IsCheckmate());
        }
        Assert.Equal(["g1g7", "g1g8", "g1h1"], mates.Select(m => Pv(m)[0]));
        Assert.Contains("info string 4 keys mate in 1: g1g7 g1g8 g1h1 g1h2", lines);
    }

    [Fact]
    public void SetOption_BadValuesAndUnknownNames_AreReportedAndIgnored()
    {
        using var uci = new UciTranscript();
        uci.Send("setoption name Hash value 0", "setoption name Threads value many", "setoption name Contempt value 20", "setoption value 3");
        var lines = uci.Lines;
        Assert.Equal(4, lines.Count);
        Assert.Equal("info string option Hash: '0' is not a whole number from 1 to 4096; unchanged", lines[0]);
        Assert.Equal("info string option Threads: 'many' is not a whole number from 1 to 256; unchanged", lines[1]);
        Assert.StartsWith("info string unknown option 'Contempt'", lines[2]);
        Assert.StartsWith("info string setoption: expected", lines[3]);
    }

    [Fact]
    public void Threads_GiveTheSameAnswer()
    {
        using var one = new UciTranscript();
        using var two = new UciTranscript();
        one.Send("position fen " + Book);
        two.Send("setoption name Threads value 2", "setoption name Hash value 16", "position fen " + Book);
        var a = one.Search("go mate 3");
        var b = two.Search("go mate 3");
        Assert.Equal(a[^1], b[^1]);
        Assert.Equal(Pv(a.Single(l => l.Contains(" score mate "))), Pv(b.Single(l => l.Contains(" score mate "))));
    }

    [Theory]
    [InlineData("7k/6Q1/6K1/8/8/8/8/8 b - - 0 1", "info depth 0 score mate 0")]
    [InlineData("7k/5Q2/6K1/8/8/8/8/8 b - - 0 1", "info depth 0 score cp 0")]
    public void Go_WithNoLegalMove_AnswersBestmoveNone(string fen, string info)
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + fen);
        var lines = uci.Search("go mate 3");
        Assert.Equal(info, lines[0]);
        Assert.Equal("bestmove (none)", lines[^1]);
    }

    [Fact]
    public void Go_UnknownTokens_AreNamedInAnInfoString()
    {
        using var uci = new UciTranscript();
        uci.Send("position fen " + Book);
        var lines = uci.Search("go nodes 1000 mate 3 sideways");
        Assert.StartsWith("info string go: ignored nodes sideways", lines[0]);
        Assert.StartsWith("bestmove f6h8", lines[^1]);
    }

    [Fact]
    public void Run_ReadsAScript_AndFinishesTheLastSearchAtTheEndOfInput()
    {
        var output = new StringWriter();
        using var engine = new UciEngine(output);
        engine.Run(new StringReader("uci\nisready\nposition fen " + Book + "\ngo mate 3\n"));
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Contains("uciok", lines);
        Assert.Contains("readyok", lines);
        Assert.StartsWith("bestmove f6h8", lines[^1]);
    }

    [Fact]
    public void Run_StopsAtQuit()
    {
        var output = new StringWriter();
        using var engine = new UciEngine(output);
        engine.Run(new StringReader("isready\nquit\nisready\n"));
        Assert.Equal("readyok\n", output.ToString().ReplaceLineEndings("\n"));
    }

    private static int ScoreMate(string info) => int.Parse(ScoreMatePattern().Match(info).Groups[1].Value);

    private static string[] Pv(string info) => info[(info.IndexOf(" pv ", StringComparison.Ordinal) + 4)..].Split(' ');

    private static Position PlayedOut(string fen, IEnumerable<string> uciMoves)
    {
        var position = Position.Parse(fen);
        foreach (var move in uciMoves)
        {
            position.MakeMove(position.ParseUci(move));
        }
        return position;
    }

    private static string FirstLegalInUciOrder(Position position)
    {
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        int count = position.GenerateLegalMoves(moves);
        return moves[..count].ToArray().Select(m => m.ToUci()).Order(StringComparer.Ordinal).First();
    }

    [GeneratedRegex(@" score mate (-?\d+) ")]
    private static partial Regex ScoreMatePattern();
}
