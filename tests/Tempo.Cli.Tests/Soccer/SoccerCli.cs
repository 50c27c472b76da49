using System.Globalization;
using System.Text.Json;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>Small helpers for the `tempo soccer` tests: run the real program, read its step table and JSON.</summary>
internal static class SoccerCli
{
    public static TempoProcess.Result Run(string workingDirectory, params string[] args) =>
        TempoProcess.Run(args, workingDirectory, TimeSpan.FromSeconds(60));

    /// <summary>Runs and insists on exit 0 and a quiet stderr, showing stderr if not.</summary>
    public static string Ok(string workingDirectory, params string[] args)
    {
        var result = Run(workingDirectory, args);
        Assert.True(result.ExitCode == 0, $"tempo {string.Join(' ', args)}: exit {result.ExitCode}\n{result.Error}");
        Assert.True(result.Error.Length == 0, $"tempo {string.Join(' ', args)} wrote to stderr:\n{result.Error}");
        return result.Output;
    }

    public static JsonDocument Json(string workingDirectory, params string[] args) =>
        JsonDocument.Parse(Ok(workingDirectory, args));

    public static IReadOnlyList<string> Lines(string output) =>
        output.Split('\n').Select(l => l.TrimEnd('\r')).ToList();

    public static double Number(string text) => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture);

    /// <summary>The `time | ball | #2 | …` table of `soccer run`'s text output: the header cells and the rows' cells.</summary>
    public static (IReadOnlyList<string> Header, IReadOnlyList<IReadOnlyList<string>> Rows) StepTable(string output)
    {
        var lines = Lines(output);
        var headerAt = -1;
        for (var i = 0; i < lines.Count; i++)
        {
            if (lines[i].StartsWith("time", StringComparison.Ordinal) && lines[i].Contains('|', StringComparison.Ordinal))
            {
                headerAt = i;
                break;
            }
        }
        Assert.True(headerAt >= 0, "no step table header (a line starting 'time |') in:\n" + output);
        Assert.True(headerAt + 1 < lines.Count && lines[headerAt + 1].StartsWith("-", StringComparison.Ordinal) && lines[headerAt + 1].Contains('+', StringComparison.Ordinal),
            "the header is not followed by a ----+---- rule");
        var header = Cells(lines[headerAt]);
        var rows = new List<IReadOnlyList<string>>();
        for (var i = headerAt + 2; i < lines.Count && lines[i].Contains('|', StringComparison.Ordinal); i++)
        {
            rows.Add(Cells(lines[i]));
        }
        return (header, rows);
    }

    /// <summary>The names of the `lines` array of `soccer run --format json`, in order.</summary>
    public static IReadOnlyList<string> LineNames(JsonElement root) =>
        root.GetProperty("lines").EnumerateArray().Select(l => l.GetProperty("name").GetString()!).ToList();

    public static string ReadBook() => File.ReadAllText(Path.Combine(RepositoryRoot.Find(), "plays", "book.yaml"));

    /// <summary>The `seed:` of plays/book.yaml (the built-in play `book` is that file), used when no --seed is given.</summary>
    public static int BookSeed()
    {
        var match = System.Text.RegularExpressions.Regex.Match(ReadBook(), @"^seed:\s*(\d+)\s*$", System.Text.RegularExpressions.RegexOptions.Multiline);
        Assert.True(match.Success, "plays/book.yaml has no top-level 'seed: N'");
        return int.Parse(match.Groups[1].Value, CultureInfo.InvariantCulture);
    }

    private static IReadOnlyList<string> Cells(string line) => line.Split('|').Select(c => c.Trim()).ToList();
}
