using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`--out` where something is already there: a file of that name, or the frames of an earlier run.</summary>
public sealed class SoccerOutEdgeTests
{
    [Fact]
    public void Out_naming_a_file_is_refused_before_simulating_and_the_file_is_kept()
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "afile"), "mine");

        var result = SoccerCli.Run(dir.Path, "soccer", "run", "book", "--out", "afile");

        Assert.Equal(2, result.ExitCode);
        Assert.Equal("tempo: --out afile: is a file, not a directory", result.Error.Trim());
        Assert.Equal("", result.Output);
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir.Path, "afile")));
    }

    [Fact]
    public void A_run_with_fewer_phases_removes_the_earlier_runs_extra_frames_only()
    {
        using var dir = new TempDirectory();
        SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--out", "out");
        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "phase-3.svg")));
        File.WriteAllText(Path.Combine(dir.Path, "out", "notes.txt"), "mine");

        // The sequential book play ends in an interception after two phases.
        SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--sequential", "--out", "out");

        Assert.True(File.Exists(Path.Combine(dir.Path, "out", "phase-2.svg")));
        Assert.False(File.Exists(Path.Combine(dir.Path, "out", "phase-3.svg")), "phase-3.svg of the earlier goal was left beside the interception's frames");
        Assert.Equal("mine", File.ReadAllText(Path.Combine(dir.Path, "out", "notes.txt")));
    }
}
