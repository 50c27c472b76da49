using System.Text.Json;
using System.Text.RegularExpressions;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`tempo soccer sweep`: the scoring rate with its 95 % interval, the same for any thread count.</summary>
public sealed partial class SoccerSweepTests
{
    private const int Runs = 300;

    [Fact]
    public void Sweep_text_is_identical_for_any_thread_count_and_gives_a_rate_with_a_95_percent_interval()
    {
        using var dir = new TempDirectory();
        var one = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", $"{Runs}", "--threads", "1");
        var two = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", $"{Runs}", "--threads", "2");
        var seven = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", $"{Runs}", "--threads", "7");
        Assert.Equal(one, two);
        Assert.Equal(one, seven);

        var summary = Summary().Match(one);
        Assert.True(summary.Success, "no 'N goals = P % (95 % CI L–H %)' in:\n" + one);
        var rate = SoccerCli.Number(summary.Groups["rate"].Value);
        var low = SoccerCli.Number(summary.Groups["low"].Value);
        var high = SoccerCli.Number(summary.Groups["high"].Value);
        Assert.Equal(100.0 * int.Parse(summary.Groups["goals"].Value, System.Globalization.CultureInfo.InvariantCulture) / Runs, rate, 1);
        Assert.True(low <= rate && rate <= high && high - low > 0, $"interval {low}–{high} % around {rate} %");
        Assert.Contains($"book: {Runs} runs (seed {SoccerCli.BookSeed()})", one, StringComparison.Ordinal);
        Assert.Contains("most common failure: ", one, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_json_is_identical_for_any_thread_count_and_agrees_with_the_text()
    {
        using var dir = new TempDirectory();
        var one = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", $"{Runs}", "--threads", "1", "--format", "json");
        var two = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", $"{Runs}", "--threads", "2", "--format", "json");
        Assert.Equal(one, two);

        using var doc = JsonDocument.Parse(one);
        var root = doc.RootElement;
        Assert.Equal("book", root.GetProperty("play").GetString());
        Assert.Equal(Runs, root.GetProperty("runs").GetInt32());
        Assert.Equal(SoccerCli.BookSeed(), root.GetProperty("seed").GetInt32());
        var goals = root.GetProperty("goals").GetInt32();
        Assert.InRange(goals, 1, Runs - 1);                      // the book's play sometimes scores and sometimes fails
        Assert.Equal((double)goals / Runs, root.GetProperty("rate").GetDouble(), 4);

        var ci = root.GetProperty("ci95").EnumerateArray().Select(e => e.GetDouble()).ToList();
        Assert.Equal(2, ci.Count);
        var (low, high) = Wilson(goals, Runs);
        Assert.Equal(low, ci[0], 3);
        Assert.Equal(high, ci[1], 3);

        var scorers = root.GetProperty("scorers").EnumerateObject().ToList();
        Assert.Equal(goals, scorers.Sum(s => s.Value.GetInt32()));
        Assert.Contains(scorers, s => s.Name == "2");
        Assert.True(root.GetProperty("medianGoalSeconds").GetDouble() > 0);

        var failures = root.GetProperty("failures").EnumerateArray().ToList();
        Assert.NotEmpty(failures);
        var counts = failures.Select(f => f.GetProperty("count").GetInt32()).ToList();
        Assert.Equal(counts.OrderDescending(), counts);
        Assert.Equal(Runs, goals + counts.Sum());                // every run either scores or fails in some way
        Assert.Equal(failures[0].GetProperty("way").GetString(), root.GetProperty("mostCommonFailure").GetString());
        Assert.All(failures, f => Assert.True(f.GetProperty("exampleSeed").GetInt32() > 0));

        var text = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", $"{Runs}", "--threads", "2");
        Assert.Contains($"{goals} goals", text, StringComparison.Ordinal);
        Assert.Contains($"most common failure: {root.GetProperty("mostCommonFailure").GetString()} ({counts[0]} runs", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Sweep_with_another_seed_is_reproducible_and_reports_that_seed()
    {
        using var dir = new TempDirectory();
        var first = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", "100", "--seed", "42", "--format", "json");
        var again = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", "100", "--seed", "42", "--threads", "3", "--format", "json");
        Assert.Equal(first, again);
        using var doc = JsonDocument.Parse(first);
        Assert.Equal(42, doc.RootElement.GetProperty("seed").GetInt32());
        Assert.Equal(100, doc.RootElement.GetProperty("runs").GetInt32());
    }

    [Fact]
    public void Each_failures_example_seed_replays_that_failure_with_run_varied()
    {
        using var dir = new TempDirectory();
        using var doc = SoccerCli.Json(dir.Path, "soccer", "sweep", "book", "--runs", "200", "--format", "json");
        var failures = doc.RootElement.GetProperty("failures").EnumerateArray().ToList();
        Assert.NotEmpty(failures);
        foreach (var failure in failures.Take(3))
        {
            var way = failure.GetProperty("way").GetString()!;
            var seed = failure.GetProperty("exampleSeed").GetInt32().ToString(System.Globalization.CultureInfo.InvariantCulture);
            using var run = SoccerCli.Json(dir.Path, "soccer", "run", "book", "--seed", seed, "--varied", "--format", "json");
            var outcome = run.RootElement.GetProperty("outcome");
            Assert.False(outcome.GetProperty("goal").GetBoolean(), $"--seed {seed} --varied scored, the sweep said: {way}");
            // "tackled by opp#6" is the kind and the defender; the outcome's reason names the same defender and kind.
            if (way.Split(" by ") is [var kind, var who])
            {
                Assert.Equal(kind, outcome.GetProperty("kind").GetString());
                Assert.StartsWith(who + " ", outcome.GetProperty("reason").GetString(), StringComparison.Ordinal);
            }
        }
        var text = SoccerCli.Ok(dir.Path, "soccer", "sweep", "book", "--runs", "200");
        Assert.Contains($"e.g. --seed {failures[0].GetProperty("exampleSeed").GetInt32()} --varied)", text, StringComparison.Ordinal);
    }

    /// <summary>Wilson score interval at 95 %, computed independently of the product.</summary>
    private static (double Low, double High) Wilson(int successes, int trials)
    {
        const double z = 1.959963984540054;
        var p = (double)successes / trials;
        var denominator = 1 + z * z / trials;
        var centre = (p + z * z / (2 * trials)) / denominator;
        var half = z * Math.Sqrt(p * (1 - p) / trials + z * z / (4.0 * trials * trials)) / denominator;
        return (centre - half, centre + half);
    }

    [GeneratedRegex(@"(?<goals>\d+) goals = (?<rate>\d+(?:\.\d+)?) % \(95 % CI (?<low>\d+(?:\.\d+)?)–(?<high>\d+(?:\.\d+)?) %\)")]
    private static partial Regex Summary();
}
