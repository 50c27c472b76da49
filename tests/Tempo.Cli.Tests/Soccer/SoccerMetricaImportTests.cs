using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`tempo soccer import --format metrica-events --goal N` and `compare --format metrica-events`, through the real program.</summary>
public sealed class SoccerMetricaImportTests
{
    private static readonly string Events = Path.Combine(RepositoryRoot.Find(), "tests", "data", "tracking", "metrica-Sample_Game_1_RawEventsData-first200.csv");

    [Fact]
    public void Import_then_compare_a_goal_from_the_events()
    {
        using var dir = new TempDirectory();
        var report = SoccerCli.Ok(dir.Path, "soccer", "import", Events, "--format", "metrica-events", "--goal", "1", "--out", "goal1.yaml");
        Assert.Contains("goal 1 (Home), a move of 2 passes and the shot", report, StringComparison.Ordinal);
        Assert.Contains("corner_kick", report, StringComparison.Ordinal);
        Assert.Contains("#9 shoots (HEAD-ON TARGET-GOAL)", report, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Combine(dir.Path, "goal1.yaml")));

        var output = SoccerCli.Ok(dir.Path, "soccer", "compare", "goal1.yaml", Events, "--format", "metrica-events", "--goal", "1");
        Assert.Matches(@"ball position error at the 6 points the events place it: median \d+\.\d\d m", output);
        Assert.Contains("events, real:      pass #6→#10, pass #10→#9, shot #9, goal", output, StringComparison.Ordinal);
    }

    [Fact]
    public void A_goal_the_file_does_not_have_is_refused_with_exit_2_and_one_line()
    {
        using var dir = new TempDirectory();
        var missing = SoccerCli.Run(dir.Path, "soccer", "import", Events, "--format", "metrica-events", "--goal", "3");
        Assert.Equal(2, missing.ExitCode);
        Assert.Equal($"tempo: {Events}: there is no goal 3: the file has 1 goal (SHOT events whose subtype ends in -GOAL)", missing.Error.Trim());
        var zero = SoccerCli.Run(dir.Path, "soccer", "import", Events, "--format", "metrica-events", "--goal", "0");
        Assert.Equal(2, zero.ExitCode);
        Assert.Equal("tempo: --goal 0: the goal must be 1 or more", zero.Error.Trim());
    }
}
