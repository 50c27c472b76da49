using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>
/// `tempo chess solve FILE.inp`: Popeye's input language read, every twin solved, and `--format popeye` compared with
/// what Popeye 4.104 printed for the same files (tests/data/popeye, see tests/data/README.md); errors as one line, exit 2.
/// </summary>
public sealed class PopeyeInputTests
{
    private static string DataFile(string name) => Path.Combine(AppContext.BaseDirectory, "data", "popeye", name);

    public static TheoryData<string> Problems() =>
        new(Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "data", "popeye"), "*.inp").Select(Path.GetFileNameWithoutExtension).Order()!);

    private static (int Code, string Output, string Error) Solve(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(["chess", "solve", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    [Theory]
    [MemberData(nameof(Problems))]
    public void FormatPopeye_PrintsWhatPopeyePrinted_LineForLine(string problem)
    {
        // Popeye's order of moves too: its pieces from a1 to h8, each piece's lines from far to near, mates last.
        var (code, output, error) = Solve(DataFile(problem + ".inp"), "--format", "popeye");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(PopeyeText.WithoutBannerAndTime(File.ReadAllText(DataFile(problem + ".out"))), output);
    }

    [Fact]
    public void Table_Twins_EachSolvedUnderItsHeading()
    {
        var (code, output, _) = Solve(DataFile("twins.inp"));
        Assert.Equal(0, code);
        Assert.Contains("a) \n1.Kg5 h8=B 2.Kh4 Bxf6#\n1.Bd4 h8=Q 2.Be3 Qf6#\nh#2: 2 solutions", output.Replace("a)\n", "a) \n", StringComparison.Ordinal));
        Assert.Contains("b) wKh2-->h1\n", output);
        Assert.Contains("+g) mirror a1<-->h1\n", output);
        Assert.Contains("h) h#1.5\n", output);
        Assert.Equal(9, output.Split('\n').Count(l => l.StartsWith("h#", StringComparison.Ordinal)));
    }

    [Fact]
    public void Json_OneLinePerTwin_WithTheTwinAndTheSolve()
    {
        var (code, output, _) = Solve(DataFile("bakcsi.inp"), "--format", "json");
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(2, lines.Length);
        using var second = System.Text.Json.JsonDocument.Parse(lines[1]);
        Assert.Equal("b", second.RootElement.GetProperty("twin").GetString());
        Assert.Equal("shift a1 ==> d1", second.RootElement.GetProperty("change").GetString());
        Assert.Equal(1, second.RootElement.GetProperty("result").GetProperty("count").GetInt32());
    }

    [Fact]
    public void FormatPopeye_FromFen_PrintsTheDiagramAndTheTree()
    {
        var (code, output, _) = Solve("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1", "--format", "popeye");
        Assert.Equal(0, code);
        Assert.Contains("  #3                        12 + 13\n", output);
        Assert.Contains("   1.Bf6-h8 ! threat:\n          2.Qc3-g7 #\n", output);
        Assert.EndsWith("solution finished.\n\n\n", output);
    }

    [Fact]
    public void OtherFormats_NameEachIgnoredOption_WithPopeyesLineAndWhy()
    {
        // Popeye's layout has its own lines (ignored.out); the table and JSON say the same with the reason.
        var (code, table, _) = Solve(DataFile("ignored.inp"));
        Assert.Equal(0, code);
        Assert.Contains("problem 1 (line 1)\nDefence, Variation, NoThreat not applicable - ignored (h#2: a helpmate has no tries, threats or variations; Popeye ignores them without a line)\n1.Kg5", table);
        Assert.Contains("problem 2 (line 7)\nSetPlay not applicable - ignored (h#0.5: its set play would be no move at all)\nh#0.5: 0 solutions", table);
        Assert.Contains("problem 4 (line 17)\nWhiteToPlay not applicable - ignored (#2: White begins already)\n", table);
        Assert.Contains("b) #1\nWhiteToPlay not applicable - ignored (#1: White begins already)\n", table);
        Assert.DoesNotContain("problem 6 (line 29)\nW", table);
        var (_, json, _) = Solve(DataFile("ignored.inp"), "--format", "json");
        var lines = json.TrimEnd().Split('\n');
        using var fifth = System.Text.Json.JsonDocument.Parse(lines[4]);
        Assert.Equal(["WhiteToPlay not applicable - ignored (s#2: White begins already)"],
            fifth.RootElement.GetProperty("ignored").EnumerateArray().Select(e => e.GetString()!));
        using var sixth = System.Text.Json.JsonDocument.Parse(lines[5]);
        Assert.Equal(0, sixth.RootElement.GetProperty("ignored").GetArrayLength());
    }

    [Fact]
    public void Pgn_OneGamePerTwin_NamedAfterFileProblemAndTwin_HelpmateSolutionsAsVariations()
    {
        var (code, output, error) = Solve(DataFile("ignored.inp"), "--format", "pgn");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Equal(16, output.Split('\n').Count(l => l.StartsWith("[Event ", StringComparison.Ordinal)));
        Assert.Contains("[Event \"ignored.inp problem 7 b) #1\"]\n", output);
        Assert.Contains("\n{WhiteToPlay not applicable - ignored (#2: White begins already)}\n", output);
        string moves = output.Replace('\n', ' ');
        Assert.Contains("1... Kg5 (1... Bd4 2. h8=Q Be3 3. Qf6#) 2. h8=B Kh4 3. Bxf6# 1-0", moves);
        // The same for a helpmate given as FEN (was refused: no PGN for helpmates).
        var fen = Solve("8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1", "--stip", "h#2", "--format", "pgn");
        Assert.Equal(0, fen.Code);
        Assert.Contains("[FEN \"8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1\"]", fen.Output);
        Assert.Contains("1... Kg5 (1... Bd4 2. h8=Q Be3 3. Qf6#) 2. h8=B Kh4 3. Bxf6# 1-0", fen.Output.Replace('\n', ' '));
    }

    [Fact]
    public void TimeRunsOut_PopeyesSolvingInterrupted_EachTwinItsOwnLimit_ExitZero()
    {
        // Nobody proves a #10 from the game array, nor every h#8, in a fraction of a second: what is asserted is the
        // wording (Popeye's, in place of "solution finished.") and the exit code, not how far the solve got.
        var (code, output, error) = Solve(DataFile("maxtime.inp"), "--format", "popeye", "--time", "0.05");
        Assert.Equal("", error);
        Assert.Equal(0, code);
        Assert.Contains("a) \n\n\nb) wPe2-->e4  \n\nsolving interrupted.\n\n\n\n the next problem is solved in full\n", output);
        var help = Solve("startpos", "--stip", "h#8", "--format", "popeye", "--time", "0.2");
        Assert.Equal(0, help.Code);
        Assert.EndsWith("\nsolving interrupted.\n\n\n", help.Output);
        Assert.DoesNotContain("solution finished.", help.Output);
        var shortest = Solve("startpos", "--max", "10", "--format", "popeye", "--time", "0.05");
        Assert.Equal(0, shortest.Code);
        Assert.EndsWith("  #10                       16 + 16\n\nsolving interrupted.\n\n\n", shortest.Output);
    }

    [Fact]
    public void MaxSolutions_EveryFormat_KeepsTheSolutionsPopeyePrints()
    {
        // Popeye's first 3: two h#1 (printed first, counted) and 1.b3-b2 Rh1-d1 2.b2-b1=S Rd1-d8 #; Tempo's canonical
        // order would begin with 1.a5.
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "p.inp");
        File.WriteAllText(path, "beginproblem\npieces white kc6 rh1 black ka8 pa7 pb3\nstipulation h#2\noption maxsolutions 3\nendproblem\n");
        var popeye = Solve(path, "--format", "popeye").Output;
        Assert.Contains("  1.b3-b2 Rh1-h8 #\n  1.Ka8-b8 Rh1-h8 #\n  1.b3-b2 Rh1-d1   2.b2-b1=S Rd1-d8 #\nPartial solution\n", popeye);
        var (code, table, _) = Solve(path);
        Assert.Equal(0, code);
        Assert.StartsWith("1.b2 Rd1 2.b1=N Rd8#\nh#2: 1 solution (capped", table);
        var json = Solve(path, "--format", "json").Output;
        Assert.Contains("\"solutions\":[[\"b2\",\"Rd1\",\"b1=N\",\"Rd8#\"]],\"count\":1,\"complete\":true,\"capped\":true", json);
    }

    [Theory]
    [InlineData("condition circe\n", 4, "condition circe is not supported (orthodox problems only)")]
    [InlineData("stipulation ser-h#3\n", 4, "stipulation ser-h#3 is not supported (Tempo solves #N, h#N, h#N.5 and s#N)")]
    [InlineData("pieces black gd4\n", 4, "pieces: piece G is a fairy piece (only K, Q, R, B, S and P are read)")]
    [InlineData("pieces neutral pd4\n", 4, "pieces: neutral pieces are not supported (orthodox problems only)")]
    [InlineData("option duplex\n", 4, "option duplex is not supported")]
    [InlineData("twin move a1 a2\ntwin condition madrasi\n", 5, "condition madrasi is not supported (orthodox problems only)")]
    [InlineData("twin move d4 d5\n", 4, "twin move: no piece on d4")]
    [InlineData("fnord\n", 4, "'fnord' is not a Popeye command Tempo reads")]
    [InlineData("twin stipulation\n", 5, "stipulation: missing before endproblem (expected #N, h#N, h#N.5 or s#N)")]
    [InlineData("condition\n", 5, "condition: no condition named (and conditions are not supported: orthodox problems only)")]
    public void Refused_OneLineNamingFileLineAndReason_ExitTwo(string extra, int line, string reason)
    {
        using var dir = new TempDirectory();
        var path = Path.Combine(dir.Path, "p.inp");
        File.WriteAllText(path, "beginproblem\npieces white ka1 black kh8\nstipulation #2\n" + extra + "endproblem\n");
        var result = TempoProcess.Run(["chess", "solve", "p.inp"], dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"tempo: p.inp:{line}: {reason}\n", result.Error.Replace("\r", "", StringComparison.Ordinal));
        Assert.Equal("", result.Output);
    }

    [Fact]
    public void MissingFile_And_FenAsPopeye_AreOneLineErrors()
    {
        using var dir = new TempDirectory();
        var missing = TempoProcess.Run(["chess", "solve", "nowhere.inp"], dir.Path);
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal("tempo: nowhere.inp: no such file", missing.Error.TrimEnd());
        var fen = TempoProcess.Run(["chess", "solve", "8/8/8/8/8/8/8/K6k w - - 0 1", "--input", "popeye"], dir.Path);
        Assert.Equal(2, fen.ExitCode);
        Assert.Equal("tempo: --input popeye: '8/8/8/8/8/8/8/K6k w - - 0 1': no such file", fen.Error.TrimEnd());
    }

    [Fact]
    public void StandardInput_IsReadForDash()
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["chess", "solve", "-", "--input", "popeye", "--format", "popeye"], dir.Path,
            input: File.ReadAllText(DataFile("kardos.inp")));
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("  1.Kf4-g5 h7-h8=B   2.Kg5-h4 Bh8*f6 #\n", result.Output);
        var broken = TempoProcess.Run(["chess", "solve", "-"], dir.Path, input: "beginproblem\nstipulation hs#2\nendproblem\n");
        Assert.Equal(2, broken.ExitCode);
        Assert.Equal("tempo: stdin:2: stipulation hs#2 is not supported (Tempo solves #N, h#N, h#N.5 and s#N)", broken.Error.TrimEnd());
    }
}
