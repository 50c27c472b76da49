using System.Text.Json;
using System.Text.RegularExpressions;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`tempo soccer run` on the chapter's play, text and JSON, as a user runs it from a shell.</summary>
public sealed partial class SoccerRunTests
{
    [Fact]
    public void Run_book_text_says_GOAL_by_2_and_prints_a_step_table_with_a_column_per_line()
    {
        using var dir = new TempDirectory();
        var output = SoccerCli.Ok(dir.Path, "soccer", "run", "book");

        var first = SoccerCli.Lines(output)[0];
        Assert.Contains("GOAL", first, StringComparison.Ordinal);
        Assert.Contains("#2 scores", first, StringComparison.Ordinal);
        var after = AfterSeconds().Match(first);
        Assert.True(after.Success, "no 'after N.NN s' in the first line: " + first);
        var goalSeconds = SoccerCli.Number(after.Groups[1].Value);

        var (header, rows) = SoccerCli.StepTable(output);
        Assert.Equal("time", header[0]);
        Assert.Equal("ball", header[1]);
        foreach (var column in new[] { "#2", "#9", "#10", "#11" })
        {
            Assert.Contains(column, header);
        }
        Assert.Contains(header, h => h.StartsWith("opp#", StringComparison.Ordinal));
        Assert.Equal(header.Count, header.Distinct().Count());

        Assert.NotEmpty(rows);
        Assert.All(rows, r => Assert.Equal(header.Count, r.Count));
        var times = rows.Select(r => SoccerCli.Number(r[0])).ToList();
        Assert.Equal(0.0, times[0]);
        for (var i = 1; i < times.Count; i++)
        {
            Assert.True(times[i] >= times[i - 1], $"row {i + 1}: time {times[i]} after {times[i - 1]}");
        }
        Assert.Equal(goalSeconds, times[^1], 3);
        Assert.Contains("#2", rows[0][1], StringComparison.Ordinal);   // the ball starts with #2's pass
        Assert.Contains("#10", rows[0][1], StringComparison.Ordinal);
        Assert.All(header.Skip(1), column => Assert.Contains(rows, r => r[header.ToList().IndexOf(column)].Length > 0));
    }

    [Fact]
    public void Run_book_json_has_the_outcome_pass_events_with_location_recipient_and_timing_and_the_lines()
    {
        using var dir = new TempDirectory();
        using var doc = SoccerCli.Json(dir.Path, "soccer", "run", "book", "--format", "json");
        var root = doc.RootElement;

        Assert.Equal("book", root.GetProperty("play").GetString());
        Assert.Equal(SoccerCli.BookSeed(), root.GetProperty("seed").GetInt32());
        Assert.Equal("concurrent", root.GetProperty("mode").GetString());
        var outcome = root.GetProperty("outcome");
        Assert.True(outcome.GetProperty("goal").GetBoolean());
        Assert.Equal(2, outcome.GetProperty("scorer").GetInt32());
        Assert.Equal("Slovenia", outcome.GetProperty("team").GetString());
        var seconds = outcome.GetProperty("seconds").GetDouble();
        Assert.True(seconds > 0, $"outcome.seconds {seconds}");

        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.NotEmpty(events);
        var eventSeconds = events.Select(e => e.GetProperty("second").GetDouble()).ToList();
        Assert.Equal(eventSeconds.Order(), eventSeconds);
        Assert.All(eventSeconds, s => Assert.InRange(s, 0, seconds));

        var passes = events.Where(e => e.GetProperty("type").GetString() == "Pass").ToList();
        Assert.Equal(2, passes.Count);
        foreach (var p in passes)
        {
            Assert.Equal(2, p.GetProperty("location").GetArrayLength());
            var pass = p.GetProperty("pass");
            Assert.Equal(2, pass.GetProperty("endLocation").GetArrayLength());
            Assert.Equal(JsonValueKind.Number, pass.GetProperty("recipient").ValueKind);
            Assert.True(pass.GetProperty("duration").GetDouble() > 0, "a pass takes time");
            Assert.True(pass.GetProperty("length").GetDouble() > 0, "a pass covers distance");
            Assert.Equal("Complete", pass.GetProperty("outcome").GetString());
            Assert.False(string.IsNullOrEmpty(p.GetProperty("timestamp").GetString()));
        }
        Assert.Equal(new[] { (2, 10), (10, 2) }, passes.Select(p => (p.GetProperty("player").GetInt32(), p.GetProperty("pass").GetProperty("recipient").GetInt32())));
        // A completed pass is received by its recipient when it arrives.
        foreach (var p in passes)
        {
            var arrives = p.GetProperty("second").GetDouble() + p.GetProperty("pass").GetProperty("duration").GetDouble();
            var recipient = p.GetProperty("pass").GetProperty("recipient").GetInt32();
            Assert.Contains(events, e => e.GetProperty("type").GetString() == "Ball Receipt"
                && e.GetProperty("player").GetInt32() == recipient
                && Math.Abs(e.GetProperty("second").GetDouble() - arrives) < 0.011);
        }

        var names = SoccerCli.LineNames(root);
        Assert.Equal(names.Count, names.Distinct().Count());
        foreach (var name in new[] { "ball", "#2", "#9", "#10", "#11" })
        {
            Assert.Contains(name, names);
        }
        Assert.Contains(names, n => n.StartsWith("opp#", StringComparison.Ordinal));
        foreach (var line in root.GetProperty("lines").EnumerateArray())
        {
            var spans = line.GetProperty("spans").EnumerateArray().ToList();
            Assert.NotEmpty(spans);
            Assert.Contains(spans, s => s.GetProperty("state").GetString() == "running");
            Assert.All(spans, s =>
            {
                var start = s.GetProperty("start").GetDouble();
                var end = s.GetProperty("end").GetDouble();
                Assert.True(start >= 0 && end >= start && end <= seconds + 1e-9, $"{line.GetProperty("name")}: span {start}–{end} outside 0–{seconds}");
            });
        }
    }

    [Fact]
    public void Run_book_text_columns_are_the_json_lines_in_the_same_order()
    {
        using var dir = new TempDirectory();
        var (header, _) = SoccerCli.StepTable(SoccerCli.Ok(dir.Path, "soccer", "run", "book"));
        using var doc = SoccerCli.Json(dir.Path, "soccer", "run", "book", "--format", "json");

        Assert.Equal(header.Skip(1), SoccerCli.LineNames(doc.RootElement));
    }

    [Fact]
    public void Run_with_the_same_seed_twice_is_byte_identical_and_another_seed_gives_a_valid_result()
    {
        using var dir = new TempDirectory();
        var first = SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--seed", "7", "--format", "json");
        var second = SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--seed", "7", "--format", "json");
        Assert.Equal(first, second);

        // Without --seed the play's own seed (book.yaml's `seed:`) is used.
        var bookSeed = SoccerCli.BookSeed();
        var playSeed = SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--format", "json");
        var sameSeed = SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--seed", $"{bookSeed}", "--format", "json");
        Assert.Equal(playSeed, sameSeed);

        var otherSeed = bookSeed == 3 ? 4 : 3;
        var other = SoccerCli.Ok(dir.Path, "soccer", "run", "book", "--seed", $"{otherSeed}", "--format", "json");
        Assert.NotEqual(first, other);
        using var doc = JsonDocument.Parse(other);
        var root = doc.RootElement;
        Assert.Equal(otherSeed, root.GetProperty("seed").GetInt32());
        Assert.Equal("book", root.GetProperty("play").GetString());
        var outcome = root.GetProperty("outcome");
        Assert.True(outcome.GetProperty("seconds").GetDouble() > 0);
        Assert.False(string.IsNullOrWhiteSpace(outcome.GetProperty("reason").GetString()));
        if (outcome.GetProperty("goal").GetBoolean())
        {
            Assert.Equal(JsonValueKind.Number, outcome.GetProperty("scorer").ValueKind);
        }
        else
        {
            Assert.Equal(JsonValueKind.Null, outcome.GetProperty("scorer").ValueKind);
            Assert.NotEqual("goal", outcome.GetProperty("kind").GetString());
        }
        Assert.NotEmpty(root.GetProperty("events").EnumerateArray());
        Assert.NotEmpty(root.GetProperty("lines").EnumerateArray());
    }

    [Fact]
    public void Run_sequential_does_not_score_and_takes_longer_than_the_concurrent_run()
    {
        using var dir = new TempDirectory();
        var book = Path.Combine(RepositoryRoot.Find(), "plays", "book.yaml");
        using var concurrent = SoccerCli.Json(dir.Path, "soccer", "run", book, "--format", "json");
        using var sequential = SoccerCli.Json(dir.Path, "soccer", "run", book, "--sequential", "--format", "json");

        var outcome = sequential.RootElement.GetProperty("outcome");
        Assert.False(outcome.GetProperty("goal").GetBoolean());
        var concurrentSeconds = concurrent.RootElement.GetProperty("outcome").GetProperty("seconds").GetDouble();
        var sequentialSeconds = outcome.GetProperty("seconds").GetDouble();
        Assert.True(sequentialSeconds > concurrentSeconds, $"sequential {sequentialSeconds} s, concurrent {concurrentSeconds} s");
        Assert.Equal("sequential", sequential.RootElement.GetProperty("mode").GetString());
    }

    [GeneratedRegex(@"after (\d+(?:\.\d+)?) s\s*$")]
    private static partial Regex AfterSeconds();
}
