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

    [Theory]
    [InlineData("condition circe\n", 4, "condition circe is not supported (orthodox problems only)")]
    [InlineData("stipulation ser-h#3\n", 4, "stipulation ser-h#3 is not supported (Tempo solves #N, h#N, h#N.5 and s#N)")]
    [InlineData("pieces black gd4\n", 4, "pieces: piece G is a fairy piece (only K, Q, R, B, S and P are read)")]
    [InlineData("pieces neutral pd4\n", 4, "pieces: neutral pieces are not supported (orthodox problems only)")]
    [InlineData("option duplex\n", 4, "option duplex is not supported")]
    [InlineData("twin move a1 a2\ntwin condition madrasi\n", 5, "condition madrasi is not supported (orthodox problems only)")]
    [InlineData("twin move d4 d5\n", 4, "twin move: no piece on d4")]
    [InlineData("fnord\n", 4, "'fnord' is not a Popeye command Tempo reads")]
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
