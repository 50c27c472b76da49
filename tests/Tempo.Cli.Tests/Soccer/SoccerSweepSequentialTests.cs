using System.Text.Json;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`soccer sweep --sequential`: how often the play scores when the attack's lines take turns.</summary>
public sealed class SoccerSweepSequentialTests
{
    [Fact]
    public void Sequentially_the_play_scores_far_less_often_and_the_example_failure_replays()
    {
        using var dir = new TempDirectory();
        using var concurrent = SoccerCli.Json(dir.Path, "soccer", "sweep", "book", "--runs", "300", "--format", "json");
        using var sequential = SoccerCli.Json(dir.Path, "soccer", "sweep", "book", "--runs", "300", "--sequential", "--format", "json");

        Assert.Equal("concurrent", concurrent.RootElement.GetProperty("mode").GetString());
        Assert.Equal("sequential", sequential.RootElement.GetProperty("mode").GetString());
        // The two 95 % intervals do not overlap: taking turns costs the goal, not just a little luck.
        var concurrentLow = concurrent.RootElement.GetProperty("ci95")[0].GetDouble();
        var sequentialHigh = sequential.RootElement.GetProperty("ci95")[1].GetDouble();
        Assert.True(sequentialHigh < concurrentLow, $"sequential CI up to {sequentialHigh}, concurrent from {concurrentLow}");

        var top = sequential.RootElement.GetProperty("failures")[0];
        var seed = top.GetProperty("exampleSeed").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
        using var run = SoccerCli.Json(dir.Path, "soccer", "run", "book", "--seed", seed, "--varied", "--sequential", "--format", "json");
        var outcome = run.RootElement.GetProperty("outcome");
        Assert.False(outcome.GetProperty("goal").GetBoolean());
        if (top.GetProperty("way").GetString()!.Split(" by ") is [var kind, var who])
        {
            Assert.Equal(kind, outcome.GetProperty("kind").GetString());
            Assert.StartsWith(who + " ", outcome.GetProperty("reason").GetString(), StringComparison.Ordinal);
        }
    }
}
