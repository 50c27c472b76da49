using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`tempo soccer import` and `tempo soccer compare` on the Liverpool goal, end to end through the real program.</summary>
public sealed class SoccerImportCompareTests
{
    private static readonly string Tracks = Path.Combine(RepositoryRoot.Find(), "tests", "data", "tracking", "lastrow-LIV_2-1_CHE.csv");

    [Fact]
    public void Import_then_compare_reports_errors_goal_times_and_event_order_and_draws_the_overlay()
    {
        using var dir = new TempDirectory();
        var report = SoccerCli.Ok(dir.Path, "soccer", "import", Tracks, "--format", "lastrow", "--out", "liv.yaml");
        Assert.Contains("the play starts at frame 29", report, StringComparison.Ordinal);
        Assert.Contains("#10 passes to #9  (sure 0.99", report, StringComparison.Ordinal);
        Assert.Contains("GOAL", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "liv.yaml")));

        var output = SoccerCli.Ok(dir.Path, "soccer", "compare", "liv.yaml", Tracks, "--out", "cmp");
        Assert.Matches(@"ball position error:\s+median \d+\.\d\d m, 90th percentile \d+\.\d\d m", output);
        Assert.Contains("goal: real 7.30 s", output, StringComparison.Ordinal);
        Assert.Contains("events, real:      pass #10→#9, pass #9→#10, shot #10, goal", output, StringComparison.Ordinal);
        Assert.Contains("<polyline class=\"real-ball\"", File.ReadAllText(Path.Combine(dir.Path, "cmp", "overlay.svg")), StringComparison.Ordinal);
    }

    [Fact]
    public void Import_without_out_prints_the_play_and_sends_the_report_to_stderr()
    {
        using var dir = new TempDirectory();
        var result = SoccerCli.Run(dir.Path, "soccer", "import", Tracks, "--format", "lastrow");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("attack:\n", result.Output.Replace("\r\n", "\n", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.Contains("inferred events", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_or_broken_tracking_file_is_refused_with_exit_2_and_one_line()
    {
        using var dir = new TempDirectory();
        var missing = SoccerCli.Run(dir.Path, "soccer", "import", "nope.csv", "--format", "lastrow");
        Assert.Equal(2, missing.ExitCode);
        Assert.Contains("nope.csv", missing.Error, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.Path, "bad.csv"), "player,frame,x,y,z,team,num\n0,0,abc,1,0,,\n");
        var bad = SoccerCli.Run(dir.Path, "soccer", "import", "bad.csv", "--format", "lastrow");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("tempo: bad.csv:2: x 'abc' is not a number", bad.Error.Trim());
    }
}
