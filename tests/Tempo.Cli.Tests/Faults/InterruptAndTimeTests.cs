using System.Diagnostics;
using System.Text.Json;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Faults;

/// <summary>Ctrl-C (SIGINT) ends a solve or a sweep cleanly with partial results and exit 130; --time is honoured.</summary>
[Collection(TimingCollection.Name)]
public sealed class InterruptAndTimeTests
{
    /// <summary>No mate within 20 moves from the start position: the proof never finishes on its own.</summary>
    private static readonly string[] EndlessSolve = ["chess", "solve", "startpos", "--max", "20", "--format", "json"];

    [Fact]
    public void Sigint_ends_a_solve_with_exit_130_and_what_is_proven_so_far()
    {
        using var dir = new TempDirectory();
        using var child = new ChildTempo(EndlessSolve, dir.Path);
        Thread.Sleep(2000);
        Assert.False(child.HasExited, child.Error);
        var watch = Stopwatch.StartNew();
        child.Interrupt();
        var exit = child.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.Equal(130, exit);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed} to stop after SIGINT");
        using var json = JsonDocument.Parse(child.Output);
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("provenNoMateWithin").GetInt32() >= 1, child.Output);
        Assert.DoesNotContain("   at ", child.Error);
    }

    [Fact]
    public void Sigint_ends_a_sweep_with_exit_130_and_the_runs_done_so_far()
    {
        using var dir = new TempDirectory();
        using var child = new ChildTempo(["soccer", "sweep", "book", "--runs", "1000000", "--format", "json"], dir.Path);
        Thread.Sleep(3000);
        Assert.False(child.HasExited, child.Error);
        child.Interrupt();
        var exit = child.WaitForExit(TimeSpan.FromSeconds(20));

        Assert.Equal(130, exit);
        using var json = JsonDocument.Parse(child.Output);
        var runs = json.RootElement.GetProperty("runs").GetInt32();
        Assert.InRange(runs, 1, 999_999);
        Assert.DoesNotContain("   at ", child.Error);
    }

    [Theory]
    [InlineData(2.0)]
    [InlineData(4.0)]
    public void Solve_time_limit_is_honoured_within_five_percent(double seconds)
    {
        // Warm up the command pipeline first, so the measurement is the limit and not the JIT compiling the CLI.
        Program.Run(["chess", "solve", "5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 0 1", "--format", "json"], new StringWriter(), new StringWriter());
        var output = new StringWriter();
        var error = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = Program.Run([.. EndlessSolve, "--time", seconds.ToString(System.Globalization.CultureInfo.InvariantCulture)], output, error);
        var elapsed = watch.Elapsed.TotalSeconds;

        Assert.Equal(0, exit);
        Assert.InRange(elapsed, seconds * 0.95, seconds * 1.05);
        using var json = JsonDocument.Parse(output.ToString());
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        Assert.InRange(json.RootElement.GetProperty("ms").GetInt64(), seconds * 950, seconds * 1050);
    }

    [Fact]
    public void Batch_time_per_position_is_honoured_within_five_percent()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "hard.epd");
        // Start positions (no mate in 20): each solve runs until its time is up.
        File.WriteAllLines(file, ["rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - dm 20;", "rnbqkbnr/pppppppp/8/8/4P3/8/PPPP1PPP/RNBQKBNR b KQkq e3 dm 20;"]);
        var output = new StringWriter();
        var watch = Stopwatch.StartNew();
        Program.Run(["chess", "batch", file, "--time-per", "1.5"], output, new StringWriter());
        var elapsed = watch.Elapsed.TotalSeconds;

        Assert.InRange(elapsed, 2 * 1.5 * 0.95, 2 * 1.5 * 1.05);
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).ToList();
        Assert.Equal(2, lines.Count);
        foreach (var line in lines)
        {
            using var json = JsonDocument.Parse(line);
            Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
            Assert.InRange(json.RootElement.GetProperty("ms").GetInt64(), 1425, 1575);
        }
    }
}
