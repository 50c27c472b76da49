using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`tempo soccer calibrate`: the model's defaults measured on real files, through the real program.</summary>
public sealed class SoccerCalibrateTests
{
    private static readonly string Data = Path.Combine(RepositoryRoot.Find(), "tests", "data", "tracking");

    [Fact]
    public void Calibrate_prints_each_fit_beside_its_default()
    {
        using var dir = new TempDirectory();
        var output = SoccerCli.Ok(dir.Path, "soccer", "calibrate",
            "--tracking", Path.Combine(Data, "lastrow-LIV_2-1_CHE.csv"),
            "--passes", Path.Combine(Data, "lastrow-liverpool_2019_passes.csv"),
            "--events", Path.Combine(Data, "metrica-Sample_Game_1_RawEventsData-first200.csv"));
        Assert.Matches(@"players' top speed \(20 tracks\): median \d+\.\d\d m/s, .*default MaxSpeed 8\.50", output);
        Assert.Matches(@"acceleration time constant τ .*: \d+\.\d\d s; default Tau 1\.00", output);
        Assert.Matches(@"pass arrival speed with deceleration 0\.80 m/s² held: \d+\.\d m/s .*default PassArrivalSpeed 11\.0", output);
        Assert.Matches(@"shots: \d+, average speed median \d+\.\d m/s", output);
    }

    [Fact]
    public void Calibrate_without_files_or_with_a_broken_one_is_one_line_and_exit_2()
    {
        using var dir = new TempDirectory();
        var none = SoccerCli.Run(dir.Path, "soccer", "calibrate");
        Assert.Equal(2, none.ExitCode);
        Assert.Equal("tempo: calibrate: give at least one --tracking, --passes or --events file", none.Error.Trim());
        File.WriteAllText(Path.Combine(dir.Path, "p.csv"), "from_x,from_y,from_frame,to_x,to_y,to_frame\n1,2,3,4,5,x\n");
        var bad = SoccerCli.Run(dir.Path, "soccer", "calibrate", "--passes", "p.csv");
        Assert.Equal(2, bad.ExitCode);
        Assert.Equal("tempo: p.csv:2: to_frame 'x' is not a number", bad.Error.Trim());
    }
}
