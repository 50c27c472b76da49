using System.Text.Json;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>`tempo soccer run book --out DIR`: the phase frames, the HTML animation, the trace and the event log.</summary>
public sealed class SoccerRunOutTests(SoccerRunOutTests.OutRun run) : IClassFixture<SoccerRunOutTests.OutRun>
{
    private const string Marker = "a file the user had here before";

    /// <summary>One run into a folder that already holds a file of the user's, shared by the tests of this class.</summary>
    public sealed class OutRun : IDisposable
    {
        public OutRun()
        {
            Directory.CreateDirectory(Out);
            File.WriteAllText(Path.Combine(Out, "marker.txt"), Marker);
            Result = TempoProcess.Run(["soccer", "run", "book", "--out", "out"], Dir.Path, TimeSpan.FromSeconds(60));
        }

        public TempDirectory Dir { get; } = new();

        public string Out => Path.Combine(Dir.Path, "out");

        public TempoProcess.Result Result { get; }

        public void Dispose() => Dir.Dispose();
    }

    private string Out => run.Out;

    private void AssertRanOk() => Assert.True(run.Result.ExitCode == 0, $"exit {run.Result.ExitCode}\n{run.Result.Error}");

    [Fact]
    public void Out_keeps_the_files_already_in_the_folder()
    {
        AssertRanOk();
        Assert.Equal(Marker, File.ReadAllText(Path.Combine(Out, "marker.txt")));
    }

    [Fact]
    public void Out_writes_one_svg_frame_per_phase()
    {
        AssertRanOk();
        var frames = Directory.GetFiles(Out, "phase-*.svg").Select(f => Path.GetFileName(f)).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(new[] { "phase-1.svg", "phase-2.svg", "phase-3.svg" }, frames);
        foreach (var frame in frames.Append("timeline.svg"))
        {
            var doc = XDocument.Load(Path.Combine(Out, frame));
            Assert.Equal("svg", doc.Root!.Name.LocalName);
            Assert.Equal("http://www.w3.org/2000/svg", doc.Root.Name.NamespaceName);
            Assert.Contains(frame, run.Result.Output, StringComparison.Ordinal);   // "wrote 7 files: …"
        }
        // Each frame draws the pitch and the players (their shirt numbers).
        var svg = XNamespace.Get("http://www.w3.org/2000/svg");
        foreach (var frame in frames)
        {
            var doc = XDocument.Load(Path.Combine(Out, frame));
            Assert.NotEmpty(doc.Descendants(svg + "rect"));
            var numbers = doc.Descendants(svg + "text").Select(t => t.Value.Trim()).ToHashSet();
            foreach (var shirt in new[] { "2", "9", "10", "11" })
            {
                Assert.Contains(shirt, numbers);
            }
        }
    }

    [Fact]
    public void Out_html_is_a_self_contained_animation_of_the_pitch_and_players()
    {
        AssertRanOk();
        var text = File.ReadAllText(Path.Combine(Out, "play.html"));
        var html = new HtmlParser().ParseDocument(text);

        // Nothing is loaded from the network: no http(s) or protocol-relative src/href, no external script or stylesheet.
        foreach (var element in html.QuerySelectorAll("[src], [href]"))
        {
            var reference = (element.GetAttribute("src") ?? element.GetAttribute("href"))!.Trim();
            Assert.False(reference.StartsWith("http:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("https:", StringComparison.OrdinalIgnoreCase) || reference.StartsWith("//", StringComparison.Ordinal),
                $"<{element.LocalName}> loads {reference}");
        }
        Assert.Empty(html.QuerySelectorAll("script[src], link[rel=stylesheet], iframe, img"));
        Assert.DoesNotContain("url(http", text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("@import", text, StringComparison.Ordinal);
        Assert.DoesNotContain("fetch(", text, StringComparison.Ordinal);

        Assert.NotNull(html.QuerySelector("svg#pitch"));
        Assert.NotNull(html.QuerySelector("script"));

        // The animation's data is inline: the 22 players, the frames and the phases.
        const string prefix = "const DATA = ";
        var at = text.IndexOf(prefix, StringComparison.Ordinal);
        Assert.True(at >= 0, "no inline DATA in play.html");
        var end = text.IndexOf('\n', at);
        using var data = JsonDocument.Parse(text[(at + prefix.Length)..end].TrimEnd().TrimEnd(';'));
        var players = data.RootElement.GetProperty("players").EnumerateArray().Select(p => p.GetProperty("label").GetString()).ToList();
        Assert.Equal(22, players.Count);
        Assert.Contains("#2", players);
        Assert.Contains("#10", players);
        Assert.Contains("opp#6", players);
        Assert.NotEmpty(data.RootElement.GetProperty("frames").EnumerateArray());
        Assert.Equal(3, data.RootElement.GetProperty("phases").GetArrayLength());
        Assert.Contains("GOAL", data.RootElement.GetProperty("outcome").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Out_trace_has_one_named_track_per_line_of_control()
    {
        AssertRanOk();
        using var trace = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "trace.json")));
        var events = trace.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
        var threads = events
            .Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "thread_name")
            .Select(e => (Tid: e.GetProperty("tid").GetInt32(), Name: e.GetProperty("args").GetProperty("name").GetString()!))
            .ToList();

        Assert.Equal(23, threads.Count);                                         // 22 players and the ball
        Assert.Equal(threads.Count, threads.Select(t => t.Tid).Distinct().Count());
        Assert.Equal(threads.Count, threads.Select(t => t.Name).Distinct().Count());
        var (header, _) = SoccerCli.StepTable(run.Result.Output);
        foreach (var line in header.Skip(1))
        {
            Assert.Contains(line, threads.Select(t => t.Name));                  // every column of the table has its track
        }
        var spans = events.Where(e => e.GetProperty("ph").GetString() == "X").ToList();
        Assert.NotEmpty(spans);
        Assert.All(spans, s => Assert.Contains(s.GetProperty("tid").GetInt32(), threads.Select(t => t.Tid)));
    }

    [Fact]
    public void Out_event_log_has_passes_with_location_end_location_recipient_and_timing()
    {
        AssertRanOk();
        using var log = JsonDocument.Parse(File.ReadAllText(Path.Combine(Out, "events.json")));
        Assert.Equal(JsonValueKind.Array, log.RootElement.ValueKind);
        var passes = log.RootElement.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Pass").ToList();
        Assert.Equal(2, passes.Count);
        foreach (var p in passes)
        {
            Assert.Equal(2, p.GetProperty("location").GetArrayLength());
            Assert.True(p.GetProperty("second").GetDouble() >= 0);
            var pass = p.GetProperty("pass");
            Assert.Equal(2, pass.GetProperty("endLocation").GetArrayLength());
            Assert.True(pass.GetProperty("duration").GetDouble() > 0);
        }
        Assert.Equal(new[] { 10, 2 }, passes.Select(p => p.GetProperty("pass").GetProperty("recipient").GetInt32()));
        Assert.Contains(log.RootElement.EnumerateArray(), e => e.GetProperty("type").GetString() == "Goal");
    }
}
