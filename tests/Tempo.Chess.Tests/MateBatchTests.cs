using System.Text.Json;
using Tempo.Chess.Batch;
using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

public sealed class MateBatchTests
{
    [Fact]
    public void Lichess_MateIn1To3_AgreeWithThemesOrAShorterMateIsProven()
    {
        var entries = BatchReader.Read(File.ReadLines(TestData.PathOf("lichess-mate-in-1-3.csv")), "lichess-mate-in-1-3.csv").ToList();
        Assert.Equal(394, entries.Count);
        var shorter = new List<string>();
        var workspace = new SolverWorkspace();
        foreach (var entry in entries)
        {
            Assert.Null(entry.Error);
            var outcome = BatchSolver.Solve(entry, new BatchOptions(), workspace);
            var result = outcome.Result!;
            string fen = result.Fen;
            Assert.Equal(MateStatus.Mate, result.Status);
            MateSolverTests.AssertVerified(fen, result, checkAllKeys: result.MateIn <= 2);
            if (outcome.Agrees != true)
            {
                // The verifier has accepted a proof of a mate shorter than the theme says.
                Assert.True(result.MateIn < entry.Expected, $"{entry.Id}: mate in {result.MateIn}, theme says {entry.Expected}");
                shorter.Add(entry.Id!);
            }
        }
        Assert.Equal([], shorter);
    }

    [Fact]
    public void Solve_InOneWorkspace_GivesWhatAFreshTableGives()
    {
        // The workspace's table is cleared between positions: what one position proved must not shorten the next
        // search, so the node counts (not only the answers) are those of a solve with a table of its own.
        var entries = BatchReader.Read(File.ReadLines(TestData.PathOf("lichess-mate-in-1-3.csv")), "lichess-mate-in-1-3.csv")
            .Take(40).ToList();
        entries.Add(BatchReader.ReadEpdLine("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - bm #3;", 1000));
        var workspace = new SolverWorkspace();
        var options = new BatchOptions { TableMegabytes = 4 };
        foreach (var entry in Enumerable.Reverse(entries).Concat(entries))
        {
            var shared = BatchSolver.Solve(entry, options, workspace);
            var fresh = BatchSolver.Solve(entry, options);
            Assert.Equal(WithoutTime(fresh.ToJson()), WithoutTime(shared.ToJson()));
        }
    }

    [Fact]
    public void MateSolver_InOneWorkspace_GivesWhatAFreshTableGives()
    {
        // A server's running slot proves solve after solve in one workspace (MateSolverOptions.Workspace): each result,
        // node counts included, is that of a solve with a table of its own.
        var fens = BatchReader.Read(File.ReadLines(TestData.PathOf("lichess-mate-in-1-3.csv")), "lichess-mate-in-1-3.csv")
            .Take(12).Select(e => e.Position!.ToFen()).Append("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1").ToList();
        var workspace = new SolverWorkspace();
        var options = new MateSolverOptions { MaxMoves = 3, TableMegabytes = 4 };
        foreach (var fen in Enumerable.Reverse(fens).Concat(fens))
        {
            var position = Position.Parse(fen);
            var shared = MateSolver.Solve(position, options with { Workspace = workspace });
            var fresh = MateSolver.Solve(position, options);
            Assert.Equal(WithoutTime(fresh.ToJson()), WithoutTime(shared.ToJson()));
        }
    }

    private static string WithoutTime(string json) => System.Text.RegularExpressions.Regex.Replace(json, "\"ms\":[0-9]+", "");

    [Fact]
    public void Read_Epd_TakesDistanceFromBmHashOrDm()
    {
        var entries = BatchReader.Read(
        [
            "8/2N3p1/5b2/k1B2P2/pP4R1/8/K1nn4/8 b - b3 bm #1; ep; 00:00;",
            "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - bm Bh8; dm 3; id \"book\";",
            "",
            "not a position",
            "4k3/8/8/8/8/8/8/R3K3 w - -",
        ], "mixed.epd").ToList();

        Assert.Equal([1, 2, 4, 5], entries.Select(e => e.LineNumber));
        Assert.Equal(1, entries[0].Expected);
        Assert.Equal(3, entries[1].Expected);
        Assert.Equal("book", entries[1].Id);
        Assert.Null(entries[2].Position);
        Assert.StartsWith("line 4: ", entries[2].Error);
        Assert.Null(entries[3].Expected);
    }

    [Fact]
    public void Read_LichessCsv_AppliesTheOpponentsMoveAndReadsTheTheme()
    {
        var entries = BatchReader.Read(File.ReadLines(TestData.PathOf("lichess-mate-in-1-3.csv")), "puzzles.csv").Take(1).ToList();
        var first = File.ReadLines(TestData.PathOf("lichess-mate-in-1-3.csv")).Skip(1).First().Split(',');
        var before = Position.Parse(first[1]);

        Assert.Equal(first[0], entries[0].Id);
        Assert.NotEqual(before.SideToMove, entries[0].Position!.SideToMove);
        Assert.Equal(int.Parse(System.Text.RegularExpressions.Regex.Match(first[7], @"mateIn(\d)").Groups[1].Value), entries[0].Expected);
    }

    [Fact]
    public void Read_CsvWithoutTheExpectedHeader_ThrowsNamingTheMissingColumns()
    {
        var error = Assert.Throws<FormatException>(() =>
            BatchReader.Read(["Id,Fen,Solution", "x,8/8/8/8/8/8/8/8 w - - 0 1,e2e4"], "bad.csv").ToList());

        Assert.Equal("bad.csv: not a Lichess puzzle CSV: the header lacks PuzzleId, FEN, Moves, Themes (expected PuzzleId,FEN,Moves,...,Themes,...)", error.Message);
    }

    [Fact]
    public void Read_CsvRowWithBadMove_IsAnErrorEntryAndReadingGoesOn()
    {
        var entries = BatchReader.Read(
        [
            "PuzzleId,FEN,Moves,Rating,RatingDeviation,Popularity,NbPlays,Themes,GameUrl,OpeningTags",
            "bad01,r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 b - - 0 1,e2e4 f6h8,1500,75,90,100,mateIn3,,",
            "good1,r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 b - - 0 1,a7a6 f6h8,1500,75,90,100,mateIn3,,",
        ], "puzzles.csv").ToList();

        Assert.Equal(2, entries.Count);
        Assert.Null(entries[0].Position);
        Assert.StartsWith("line 2: ", entries[0].Error);
        Assert.Equal(3, entries[1].LineNumber);
        Assert.NotNull(entries[1].Position);
    }

    [Fact]
    public void Solve_Entry_WritesExpectedAndAgreesIntoTheJsonLine()
    {
        var entry = BatchReader.ReadEpdLine("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - dm 3; id \"book\";", 7);
        var outcome = BatchSolver.Solve(entry, new BatchOptions());
        using var json = JsonDocument.Parse(outcome.ToJson());
        var root = json.RootElement;

        Assert.True(outcome.Passed);
        Assert.Equal(7, root.GetProperty("lineNumber").GetInt32());
        Assert.Equal("book", root.GetProperty("id").GetString());
        Assert.Equal(3, root.GetProperty("expected").GetInt32());
        Assert.True(root.GetProperty("agrees").GetBoolean());
        Assert.Equal(3, root.GetProperty("mate").GetInt32());
        Assert.Equal(JsonValueKind.Null, root.GetProperty("tree").ValueKind);
        Assert.DoesNotContain('\n', outcome.ToJson());
    }

    [Fact]
    public void Solve_WrongExpectedDistance_Fails()
    {
        var entry = BatchReader.ReadEpdLine("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - bm #4;", 1);
        var outcome = BatchSolver.Solve(entry, new BatchOptions());

        Assert.False(outcome.Agrees);
        Assert.False(outcome.Passed);
        Assert.Contains("\"shortSolution\":true", outcome.ToJson());
    }

    [Fact]
    public void Solve_NegativeDistance_ChecksThatTheSideToMoveIsMated()
    {
        // The book puzzle after 1.Bh8: Black's longest defences (Nd4, Ne5) are mated in 2.
        const string afterKey = "r1q2rkB/p1pp1p1p/1pn3p1/5b2/8/1BQ5/PPP2PPP/R4RK1 b - - 1 1";
        var right = BatchSolver.Solve(BatchReader.ReadEpdLine(afterKey + " bm #-2;", 1), new BatchOptions());
        var wrong = BatchSolver.Solve(BatchReader.ReadEpdLine(afterKey + " bm #-1;", 2), new BatchOptions());
        using var json = JsonDocument.Parse(right.ToJson());

        Assert.True(right.Passed);
        Assert.Equal("mated", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(-2, json.RootElement.GetProperty("mate").GetInt32());
        Assert.Equal("Nd4", json.RootElement.GetProperty("line")[0].GetString());
        Assert.Equal(MatedStatus.Mated, right.Mated!.Status);
        Assert.Empty(MateTreeVerifier.CheckLineEndsInMate(afterKey, right.Mated.Line));
        Assert.False(wrong.Passed);
        Assert.False(wrong.Agrees);
    }

    [Fact]
    public void Solve_UnreadableEntry_IsAnErrorRecord()
    {
        var outcome = BatchSolver.Solve(BatchReader.ReadEpdLine("rnbqkbnr/pppppppp w", 3), new BatchOptions());
        using var json = JsonDocument.Parse(outcome.ToJson());

        Assert.False(outcome.Passed);
        Assert.Equal(3, json.RootElement.GetProperty("lineNumber").GetInt32());
        Assert.StartsWith("line 3: ", json.RootElement.GetProperty("error").GetString());
    }
}
