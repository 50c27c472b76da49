using System.Diagnostics;
using System.Text.Json;
using Tempo.Cli.Commands;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Faults;

/// <summary>
/// `tempo chess batch` on the Lichess puzzle CSV as a curator meets it (issue 13): most puzzles are tactics, not mates.
/// They are skipped and counted as such by default, `--prove-all` proves them within a bounded time, "failed" means a
/// real disagreement, the bar shows before anything finishes, and Ctrl-C keeps the finished lines for `--resume`.
/// </summary>
[Collection(TimingCollection.Name)]
public sealed class CuratorBatchTests
{
    private static readonly string First40 = Path.Combine(AppContext.BaseDirectory, "data", "lichess-first-40.csv");

    [Fact]
    public void Puzzles_without_a_mate_theme_are_skipped_and_counted_as_skipped()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = Program.Run(["chess", "batch", First40], output, error);

        Assert.Equal(0, exit);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(60), $"took {watch.Elapsed}");
        var lines = JsonLines(output.ToString());
        Assert.Equal(40, lines.Count);
        var skipped = lines.Where(l => l.TryGetProperty("skipped", out _)).ToList();
        Assert.Equal(30, skipped.Count);
        Assert.All(skipped, l => Assert.Equal("no mateInN theme", l.GetProperty("skipped").GetString()));
        Assert.All(lines.Where(l => !l.TryGetProperty("skipped", out _)), l => Assert.True(l.GetProperty("agrees").GetBoolean()));
        Assert.Contains("10 passed, 0 failed, 30 skipped: no mateInN theme", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Prove_all_bounds_each_unthemed_puzzle_by_a_default_second_and_never_calls_a_timeout_failed()
    {
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "tactics.csv");
        // The header and the first three puzzles: tactics without a mateInN theme.
        File.WriteAllLines(file, File.ReadLines(First40).Take(4));
        var output = new StringWriter();
        var watch = Stopwatch.StartNew();
        var exit = Program.Run(["chess", "batch", file, "--prove-all"], output, new StringWriter());

        Assert.Equal(0, exit);
        // Bounded, not timed (the timing tests check the 5 %): without the default limit these proofs take hours.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(3 * 5), $"took {watch.Elapsed} for three puzzles of at most 1 s");
        var lines = JsonLines(output.ToString());
        Assert.Equal(3, lines.Count);
        Assert.All(lines, l => Assert.InRange(l.GetProperty("ms").GetInt64(), 0, 5000));
        Assert.All(lines, l => Assert.False(l.TryGetProperty("skipped", out _)));
        Assert.Contains(", 0 failed", output.ToString(), StringComparison.Ordinal);
        var outOfTime = lines.Count(l => l.GetProperty("status").GetString() == "unknown");
        Assert.Contains($"{outOfTime} out of time", output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Progress_bar_is_drawn_from_the_first_second_before_any_position_finishes()
    {
        var error = new StringWriter();
        var context = new CliContext(new StringWriter(), error);
        using (var bar = new ProgressBar(context, total: 5, enabled: true))
        {
            var deadline = Stopwatch.StartNew();
            // Drawn at once, and redrawn every second while nothing finishes (the clock moves on the line). A timer
            // may fire a hair early, or late on a busy test host: wait for a redraw whose clock shows a second or more.
            while (!(Draws(error) >= 2 && ClockMoved(error)) && deadline.Elapsed < TimeSpan.FromSeconds(30))
            {
                Thread.Sleep(50);
            }
        }
        var text = error.ToString();
        Assert.True(Draws(error) >= 2, text);
        Assert.Contains("0/5", text, StringComparison.Ordinal);
        Assert.True(ClockMoved(error), text);
    }

    /// <summary>Whether a drawn line's clock (the time so far) shows at least one second.</summary>
    private static bool ClockMoved(StringWriter error) =>
        System.Text.RegularExpressions.Regex.Matches(error.ToString(), @"  (\d\d:\d\d:\d\d)  ").Any(m => m.Groups[1].Value != "00:00:00");

    [Fact]
    public void Sigint_during_prove_all_keeps_the_finished_lines_and_resume_finishes_the_file()
    {
        using var dir = new TempDirectory();
        var outPath = Path.Combine(dir.Path, "out.jsonl");
        using (var child = new ChildTempo(["chess", "batch", First40, "--prove-all", "--out", outPath], dir.Path))
        {
            // The first lines are tactics proven for up to a second each: interrupt mid-file, mid-solve.
            BatchKillResumeTests.WaitForLines(outPath, 2, child);
            child.Interrupt();
            Assert.Equal(130, child.WaitForExit(TimeSpan.FromSeconds(20)));
            Assert.DoesNotContain("   at ", child.Error);
        }
        var partial = File.ReadAllLines(outPath);
        Assert.InRange(partial.Length, 2, 39);
        Assert.All(partial, line => JsonDocument.Parse(line).Dispose());

        var resumed = TempoProcess.Run(["chess", "batch", First40, "--prove-all", "--time-per", "0.05", "--out", outPath, "--resume"], dir.Path);

        Assert.Equal(0, resumed.ExitCode);
        var numbers = File.ReadAllLines(outPath).Select(l => JsonDocument.Parse(l).RootElement.GetProperty("lineNumber").GetInt32());
        Assert.Equal(Enumerable.Range(2, 40), numbers.Order());
        Assert.Contains($"({partial.Length} already in {outPath})", resumed.Output, StringComparison.Ordinal);
    }

    private static int Draws(StringWriter error) => error.ToString().Count(c => c == '\r');

    private static List<JsonElement> JsonLines(string output) =>
        [.. output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(l => l.StartsWith('{')).Select(l => JsonDocument.Parse(l).RootElement)];
}
