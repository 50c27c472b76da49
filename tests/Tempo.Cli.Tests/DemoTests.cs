using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>`tempo demo` end to end: the chapter's table, the play's outcome, and every promised file present and well-formed.</summary>
public sealed class DemoTests(DemoTests.DemoRun demo) : IClassFixture<DemoTests.DemoRun>
{
    /// <summary>One `tempo demo` run shared by the tests of this class.</summary>
    public sealed class DemoRun : IDisposable
    {
        public DemoRun() => Value = (Dir, TempoProcess.Run(["demo", "--out", Path.Combine(Dir.Path, "out")], Dir.Path));

        private TempDirectory Dir { get; } = new();

        public (TempDirectory Dir, TempoProcess.Result Result) Value { get; }

        public void Dispose() => Dir.Dispose();
    }

    private DemoRun Demo => demo;

    private string Out => Path.Combine(Demo.Value.Dir.Path, "out");

    [Fact]
    public void Demo_PrintsTheChaptersTable()
    {
        var (_, result) = Demo.Value;
        Assert.True(result.ExitCode == 0, result.Error);
        var lines = result.Output.Split('\n').Select(l => l.TrimEnd()).ToArray();
        Assert.Contains(lines, l => Row(l) is ["1", "Bh8", "Nd4"]);
        Assert.Contains(lines, l => Row(l) is ["2", "Qxd4", "Be6"]);
        Assert.Contains(lines, l => Row(l) is ["3", "Qg7#", ""]);
        Assert.Contains(lines, l => l.StartsWith("mate in 3 (proven; key Bh8; 1 key;", StringComparison.Ordinal));
    }

    [Fact]
    public void Demo_PlayScoresConcurrentlyButNotSequentially()
    {
        var output = Demo.Value.Result.Output;
        Assert.Contains("book (seed 2, concurrent): GOAL", output);
        Assert.Contains("#2 scores", output);
        var lines = output.Split('\n');
        var sequential = Array.FindIndex(lines, l => l.StartsWith("book (seed 2, sequential", StringComparison.Ordinal));
        Assert.Contains("no goal", lines[sequential]);
        // The one line that says why: the attack's lines took turns, defenders recovered, the timeline stretched.
        Assert.Contains("took turns", lines[sequential + 1]);
        Assert.Contains("recovered to #2", lines[sequential + 1]);
        Assert.Contains("the timeline stretches", lines[sequential + 1]);
        // The sequential step table follows: #10 dribbles only after #2's runs, and a defender recovers to #2.
        var table = string.Join('\n', lines.Skip(sequential + 2).TakeWhile(l => !l.StartsWith("4. ", StringComparison.Ordinal)));
        Assert.Contains("recover to #2", table);
        Assert.Contains("dribble past opp#6", table);
        // And over 500 seeded variations each: the concurrent play scores often, the sequential one (almost) never.
        double Rate(string prefix) => double.Parse(
            System.Text.RegularExpressions.Regex.Match(lines.Single(l => l.StartsWith(prefix, StringComparison.Ordinal)), @"goals = ([\d.]+) %").Groups[1].Value,
            System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Rate("book: 500 runs (seed 2):") > 15);
        Assert.True(Rate("book: 500 runs (seed 2, sequential):") < 2);
    }

    [Fact]
    public void Demo_WritesEveryPromisedFileWellFormed()
    {
        Assert.Equal(0, Demo.Value.Result.ExitCode);
        foreach (var svg in new[] { "board.svg", "timeline.svg", "soccer/phase-1.svg", "soccer/phase-2.svg", "soccer/phase-3.svg", "soccer/timeline.svg", "soccer/sequential/phase-1.svg", "soccer/sequential/phase-2.svg", "soccer/sequential/timeline.svg" })
        {
            var doc = XDocument.Load(Path.Combine(Out, svg));
            Assert.Equal("svg", doc.Root!.Name.LocalName);
            Assert.Contains(svg, Demo.Value.Result.Output.Replace('\\', '/'));
        }

        var html = new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(Out, "soccer", "play.html")));
        Assert.NotNull(html.QuerySelector("script"));
        Assert.DoesNotContain(html.QuerySelectorAll("script[src], link[href]"), e => (e.GetAttribute("src") ?? e.GetAttribute("href"))!.StartsWith("http", StringComparison.Ordinal));

        using var events = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "soccer", "events.json")));
        Assert.True(events.RootElement.ValueKind is JsonValueKind.Array or JsonValueKind.Object);
    }

    [Fact]
    public void Demo_TraceHasOneTrackPerLineOfControl()
    {
        Assert.Equal(0, Demo.Value.Result.ExitCode);
        using var trace = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "trace.json")));
        var threadNames = trace.RootElement.GetProperty("traceEvents").EnumerateArray()
            .Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "thread_name")
            .Select(e => (Pid: e.GetProperty("pid").GetInt32(), Tid: e.GetProperty("tid").GetInt32(), Name: e.GetProperty("args").GetProperty("name").GetString()))
            .ToList();
        Assert.Equal(threadNames.Count, threadNames.Select(t => (t.Pid, t.Tid)).Distinct().Count());
        var perProcess = threadNames.GroupBy(t => t.Pid).Select(g => g.Count()).ToList();
        Assert.Equal(4, perProcess.Count);          // solver, solver with 2 threads, the play, the play sequentially
        Assert.Equal(1, perProcess[0]);              // the synchronous solver is one line of control
        Assert.True(perProcess[1] >= 2, "the 2-thread solve shows a line per worker");
        Assert.Equal(23, perProcess[2]);             // 22 players and the ball
    }

    private static string[]? Row(string line)
    {
        if (!line.StartsWith('|'))
        {
            return null;
        }
        return line.Trim('|').Split('|').Select(c => c.Trim()).ToArray();
    }
}
