using System.Text.Json;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Faults;

/// <summary>
/// `tempo chess batch` killed with SIGKILL at seeded random moments (after a random number of lines, plus a random delay) and restarted with --resume: every input ends up
/// solved exactly once, and the output has no torn or duplicated line.
/// </summary>
public sealed class BatchKillResumeTests
{
    private const string Puzzles = "lichess-quick-mates.csv";
    private static readonly string PuzzlesPath = Path.Combine(AppContext.BaseDirectory, "data", Puzzles);

    /// <summary>Line numbers 2..81: the header is line 1.</summary>
    private static readonly int[] ExpectedLines = InputLines(PuzzlesPath);

    /// <summary>
    /// 394 mates in 1 to 3 (a few seconds' work): the Ctrl-C test needs a batch still running when its signal lands,
    /// and on a loaded machine the 80 quick mates were all written between the fifth line and the signal.
    /// </summary>
    private static readonly string LongerPuzzlesPath = Path.Combine(AppContext.BaseDirectory, "data", "lichess-mate-in-1-3.csv");

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(7)]
    [InlineData(2026)]
    public void Killed_and_resumed_batch_solves_every_input_exactly_once(int seed)
    {
        using var dir = new TempDirectory();
        var outPath = Path.Combine(dir.Path, "out.jsonl");
        var random = new Random(seed);
        int killedMidRun = 0;
        for (var round = 0; round < 6; round++)
        {
            var written = File.Exists(outPath) ? CountLines(outPath) : 0;
            var remaining = ExpectedLines.Length - written;
            if (remaining < 6)
            {
                break;
            }
            using var child = new ChildTempo(["chess", "batch", PuzzlesPath, "--out", outPath, "--resume"], dir.Path);
            // Let it write a seeded random number of lines, then kill it a seeded random moment later:
            // mid-solve, mid-write or between lines, but always before the file is done.
            WaitForLines(outPath, written + random.Next(1, Math.Min(15, remaining - 4)), child);
            Thread.Sleep(random.Next(0, 5));
            if (!child.HasExited)
            {
                child.Kill();
                killedMidRun++;
            }
            child.WaitForExit(TimeSpan.FromSeconds(30));
        }
        using (var last = new ChildTempo(["chess", "batch", PuzzlesPath, "--out", outPath, "--resume"], dir.Path))
        {
            Assert.Equal(0, last.WaitForExit(TimeSpan.FromSeconds(60)));
        }

        Assert.True(killedMidRun >= 3, $"only {killedMidRun} kills landed while tempo was running");
        AssertEachInputOnceAndEveryLineWhole(outPath);
    }

    [Fact]
    public void Resume_after_a_line_torn_by_a_kill_leaves_no_torn_line()
    {
        using var dir = new TempDirectory();
        var outPath = Path.Combine(dir.Path, "out.jsonl");
        var firstTen = Path.Combine(dir.Path, "first.csv");
        File.WriteAllLines(firstTen, File.ReadLines(PuzzlesPath).Take(11));
        Assert.Equal(0, TempoProcess.Run(["chess", "batch", firstTen, "--out", outPath], dir.Path).ExitCode);
        // What a SIGKILL in the middle of writing line 12's JSON leaves behind: a fragment without its newline.
        File.AppendAllText(outPath, "{\"lineNumber\":12,\"id\":\"0");

        var resumed = TempoProcess.Run(["chess", "batch", PuzzlesPath, "--out", outPath, "--resume"], dir.Path);

        Assert.Equal(0, resumed.ExitCode);
        AssertEachInputOnceAndEveryLineWhole(outPath);
    }

    [Fact]
    public void Sigint_stops_a_batch_with_exit_130_and_resume_finishes_it()
    {
        using var dir = new TempDirectory();
        var outPath = Path.Combine(dir.Path, "out.jsonl");
        var expected = InputLines(LongerPuzzlesPath);
        using (var child = new ChildTempo(["chess", "batch", LongerPuzzlesPath, "--out", outPath], dir.Path))
        {
            WaitForLines(outPath, 5, child);
            child.Interrupt();
            Assert.Equal(130, child.WaitForExit(TimeSpan.FromSeconds(20)));
        }
        var partial = File.ReadAllLines(outPath);
        Assert.InRange(partial.Length, 5, expected.Length - 1);

        Assert.Equal(0, TempoProcess.Run(["chess", "batch", LongerPuzzlesPath, "--out", outPath, "--resume"], dir.Path).ExitCode);
        AssertEachInputOnceAndEveryLineWhole(outPath, expected);
    }

    internal static void WaitForLines(string path, int lines, ChildTempo child, TimeSpan? within = null)
    {
        var deadline = DateTime.UtcNow + (within ?? TimeSpan.FromSeconds(30));
        while (DateTime.UtcNow < deadline)
        {
            // Check the file before the process: a fast child may write the lines and exit between two polls.
            var exited = child.HasExited;
            if (File.Exists(path) && CountLines(path) >= lines)
            {
                return;
            }
            if (exited)
            {
                break;
            }
            Thread.Sleep(20);
        }
        throw new TimeoutException($"{path} did not reach {lines} lines; stderr: {child.Error}");
    }

    private static int CountLines(string path)
    {
        using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        using var reader = new StreamReader(stream);
        var count = 0;
        while (reader.ReadLine() is not null)
        {
            count++;
        }
        return count;
    }

    /// <summary>The line numbers of a CSV's puzzles: 2 to the last line (the header is line 1).</summary>
    private static int[] InputLines(string csv) => [.. Enumerable.Range(2, File.ReadAllLines(csv).Length - 1)];

    private static void AssertEachInputOnceAndEveryLineWhole(string outPath) =>
        AssertEachInputOnceAndEveryLineWhole(outPath, ExpectedLines);

    private static void AssertEachInputOnceAndEveryLineWhole(string outPath, int[] expected)
    {
        var text = File.ReadAllText(outPath);
        Assert.EndsWith("\n", text, StringComparison.Ordinal);
        var numbers = new List<int>();
        foreach (var line in text.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            using var json = JsonDocument.Parse(line);
            numbers.Add(json.RootElement.GetProperty("lineNumber").GetInt32());
            Assert.True(json.RootElement.GetProperty("agrees").GetBoolean(), line);
        }
        Assert.Equal(expected, numbers.Order());
    }
}
