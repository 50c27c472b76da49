namespace Tempo.Cli.Tests;

/// <summary>`tempo chess batch` with helpmates and selfmates: a Popeye file (every twin), a stipulation file, `--stip h#N`.</summary>
public sealed class BatchStipulationTests
{
    private static (int Code, string Output, string Error) Batch(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int code = Program.Run(["chess", "batch", .. args], output, error);
        return (code, output.ToString(), error.ToString());
    }

    private static string Data(string name) => Path.Combine(AppContext.BaseDirectory, "data", name);

    [Fact]
    public void PopeyeFile_EveryTwinIsALine()
    {
        var (code, output, _) = Batch(Data("popeye/twins.inp"));
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Equal(10, lines.Length);
        Assert.Contains("\"id\":\"problem h)\"", lines[7], StringComparison.Ordinal);
        Assert.Contains("\"stipulation\":\"h#1.5\"", lines[7], StringComparison.Ordinal);
        Assert.Equal("9 passed, 0 failed", lines[^1]);
    }

    [Fact]
    public void PopeyeFile_MaxSolutions_KeepsWhatSolveAndPopeyeKeep_MarkedCapped()
    {
        // Popeye's first 3 are two h#1 and one h#2 (1.b3-b2 Rh1-d1 2.b2-b1=S Rd1-d8 #): the line keeps that h#2 only.
        var path = Path.Combine(Path.GetTempPath(), $"tempo-max-{Guid.NewGuid():N}.inp");
        File.WriteAllText(path, "beginproblem\npieces white kc6 rh1 black ka8 pa7 pb3\nstipulation h#2\noption maxsolutions 3\n"
            + "twin move b3 b4\nnextproblem\npieces white kh2 bf3 ph7 black kf4 bf6\nstipulation h#2\noption maxsolutions 2\nendproblem\n");
        try
        {
            var (code, output, _) = Batch(path);
            Assert.Equal(0, code);
            var lines = output.TrimEnd().Split('\n');
            Assert.Equal(4, lines.Length);
            Assert.Contains("\"maxSolutions\":3,", lines[0], StringComparison.Ordinal);
            Assert.Contains("\"solutions\":[[\"b2\",\"Rd1\",\"b1=N\",\"Rd8#\"]],\"count\":1,\"complete\":true,\"capped\":true", lines[0], StringComparison.Ordinal);
            // Exactly two solutions and maxsolutions 2: Popeye stops at the second and says "Partial solution".
            Assert.Contains("\"count\":2,\"complete\":true,\"capped\":true", lines[2], StringComparison.Ordinal);
            Assert.Equal("3 passed, 0 failed", lines[^1]);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void PopeyeFile_IgnoredOptions_NamedOnTheirTwinsLines()
    {
        var (code, output, _) = Batch(Data("popeye/ignored.inp"));
        Assert.Equal(0, code);
        var lines = output.TrimEnd().Split('\n');
        Assert.Contains("\"id\":\"problem 4\",\"expected\":2,\"ignored\":[\"WhiteToPlay not applicable - ignored (#2: White begins already)\"],", lines[3], StringComparison.Ordinal);
        Assert.DoesNotContain("\"ignored\"", lines[5], StringComparison.Ordinal);
    }

    [Fact]
    public void StipulationFile_WrongAnswer_Fails()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tempo-stip-{Guid.NewGuid():N}.tsv");
        File.WriteAllText(path, "# two answers, one wrong\nh#2\t8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1\tcount=2\nh#2\t8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1\tcount=1\n");
        try
        {
            var (code, output, _) = Batch(path);
            Assert.Equal(0, code);
            Assert.EndsWith("1 passed, 1 failed\n", output.Replace("\r", "", StringComparison.Ordinal), StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void StipHelpmate_SolvesEveryEpdLineAsAHelpmate_AndRefusesTheCluster()
    {
        var path = Path.Combine(Path.GetTempPath(), $"tempo-stip-{Guid.NewGuid():N}.epd");
        File.WriteAllText(path, "8/7P/5b2/8/5k2/5B2/7K/8 b - - id \"kardos\";\n");
        try
        {
            var (code, output, _) = Batch(path, "--stip", "h#2");
            Assert.Equal(0, code);
            Assert.Contains("\"stipulation\":\"h#2\",\"status\":\"mate\"", output, StringComparison.Ordinal);
            Assert.Contains("\"count\":2", output, StringComparison.Ordinal);
            var (refused, _, error) = Batch(path, "--stip", "h#2", "--cluster", "localhost:1");
            Assert.Equal(2, refused);
            Assert.Equal("tempo: --cluster: helpmates and per-line stipulations are solved in this process; leave out --cluster\n", error);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
