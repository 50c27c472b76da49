using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Faults;

/// <summary>Play files that could take the process down, tried on the real `tempo` in a child process.</summary>
public sealed class PlayFileFaultTests
{
    [Theory]
    [InlineData(20_000)]
    [InlineData(100_000)]
    public void Deeply_nested_yaml_is_refused_with_exit_2_not_a_stack_overflow(int depth)
    {
        using var dir = new TempDirectory();
        File.WriteAllText(Path.Combine(dir.Path, "deep.yaml"), "name: " + new string('[', depth) + new string(']', depth) + "\n");

        var result = TempoProcess.Run(["soccer", "run", "deep.yaml"], dir.Path, TimeSpan.FromSeconds(60));

        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}: {result.Error[..Math.Min(300, result.Error.Length)]}");
        Assert.StartsWith("tempo: deep.yaml", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void A_binary_file_as_a_play_is_refused_with_exit_2()
    {
        using var dir = new TempDirectory();
        var bytes = new byte[4096];
        new Random(5).NextBytes(bytes);
        File.WriteAllBytes(Path.Combine(dir.Path, "noise.yaml"), bytes);

        var result = TempoProcess.Run(["soccer", "run", "noise.yaml"], dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.StartsWith("tempo: noise.yaml", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_half_downloaded_puzzle_file_reports_the_cut_line_and_solves_the_rest()
    {
        using var dir = new TempDirectory();
        var lines = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "data", "lichess-quick-mates.csv")).Take(6).ToList();
        lines[^1] = lines[^1][..(lines[^1].Length / 3)];
        File.WriteAllLines(Path.Combine(dir.Path, "cut.csv"), lines);

        var result = TempoProcess.Run(["chess", "batch", "cut.csv"], dir.Path);

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("4 passed, 0 failed, 1 unreadable", result.Output, StringComparison.Ordinal);
        Assert.StartsWith("tempo: line 6: ", result.Error, StringComparison.Ordinal);
    }
}
