using System.Text.Json;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`soccer sweep --time`: a long sweep stops at the limit and reports the runs finished by then.</summary>
public sealed class SoccerSweepTimeTests
{
    [Fact]
    public void A_time_limit_reports_the_runs_finished_and_says_it_stopped()
    {
        using var dir = new TempDirectory();
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var result = SoccerCli.Run(dir.Path, "soccer", "sweep", "book", "--runs", "5000000", "--time", "4", "--format", "json");
        watch.Stop();

        Assert.True(result.ExitCode == 0, $"exit {result.ExitCode}: {result.Error}");
        using var doc = JsonDocument.Parse(result.Output);
        var runs = doc.RootElement.GetProperty("runs").GetInt32();
        Assert.InRange(runs, 1, 4_999_999);
        Assert.Equal(5_000_000, doc.RootElement.GetProperty("requestedRuns").GetInt32());
        Assert.Contains($"stopped after {runs:N0} of 5,000,000 runs", result.Error, StringComparison.Ordinal);
        // A process start, the sweep's 4 s (the first run, JIT and all, must end within it on a busy machine) and the report: far less than the hour the full sweep would take.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(30), $"took {watch.Elapsed}");
    }

    [Theory]
    [InlineData("0")]
    [InlineData("-2")]
    [InlineData("soon")]
    public void An_absurd_time_limit_is_refused(string time)
    {
        using var dir = new TempDirectory();
        var result = SoccerCli.Run(dir.Path, "soccer", "sweep", "book", "--runs", "10", "--time", time);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--time", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);
    }
}
