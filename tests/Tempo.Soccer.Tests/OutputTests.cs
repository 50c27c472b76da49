using System.Text.Json;
using System.Xml.Linq;

namespace Tempo.Soccer.Tests;

public sealed class OutputTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "tempo-soccer-out-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(directory))
        {
            Directory.Delete(directory, recursive: true);
        }
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void WriteAll_WritesThreePhasesHtmlTraceAndEvents(bool sequential)
    {
        var result = BookPlay.Run(new RunOptions { Sequential = sequential });
        var written = PlayOutputWriter.WriteAll(result, directory).Select(Path.GetFileName).ToList();
        // The concurrent play scores in three phases; the sequential one is intercepted after two.
        string[] phases = sequential ? ["phase-1.svg", "phase-2.svg"] : ["phase-1.svg", "phase-2.svg", "phase-3.svg"];
        Assert.Equal([.. phases, "play.html", "timeline.svg", "trace.json", "events.json"], written);
        foreach (var svg in written.Where(f => f!.EndsWith(".svg", StringComparison.Ordinal)))
        {
            var doc = XDocument.Parse(File.ReadAllText(Path.Combine(directory, svg!)));
            Assert.Equal("svg", doc.Root!.Name.LocalName);
        }
    }

    [Fact]
    public void PhaseFrames_ShowPlayersBallAndTheArrowsThatLedThere()
    {
        var result = BookPlay.Run();
        var svg = XDocument.Parse(SvgFrameRenderer.Render(result, result.Phases[0]));
        var groups = svg.Descendants().Where(e => e.Name.LocalName == "g").ToList();
        Assert.Equal(22, groups.Count(g => (string?)g.Attribute("class") == "player"));
        Assert.Single(svg.Descendants(), e => (string?)e.Attribute("class") == "ball");
        Assert.Single(svg.Descendants(), e => (string?)e.Attribute("class") == "ball-path");
        Assert.Contains(svg.Descendants(), e => (string?)e.Attribute("class") == "run");
        Assert.Contains("#2 passes to #10", svg.ToString(), StringComparison.Ordinal);
        var third = SvgFrameRenderer.Render(result, result.Phases[2]);
        var caption = string.Join(" ", XDocument.Parse(third).Descendants().Where(e => (string?)e.Attribute("class") == "caption").Select(e => e.Value));
        Assert.Contains("GOAL: #2 scores", caption, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Html_IsSelfContained(bool sequential)
    {
        var html = HtmlAnimationWriter.Render(BookPlay.Run(new RunOptions { Sequential = sequential }));
        Assert.DoesNotContain("http://", html.Replace("http://www.w3.org/2000/svg", "", StringComparison.Ordinal), StringComparison.Ordinal);
        Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script src", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<link", html, StringComparison.Ordinal);
        Assert.Contains("id=\"scrub\"", html, StringComparison.Ordinal);
        Assert.Contains("id=\"timeline\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Events_PassesCarryLocationEndRecipientAndTiming()
    {
        using var doc = JsonDocument.Parse(PlayJson.Events(BookPlay.Run()));
        var passes = doc.RootElement.EnumerateArray().Where(e => e.GetProperty("type").GetString() == "Pass").ToList();
        Assert.Equal(2, passes.Count);
        foreach (var p in passes)
        {
            Assert.Equal(2, p.GetProperty("location").GetArrayLength());
            var pass = p.GetProperty("pass");
            Assert.Equal(2, pass.GetProperty("endLocation").GetArrayLength());
            Assert.True(pass.GetProperty("duration").GetDouble() > 0);
            Assert.InRange(pass.GetProperty("speed").GetDouble(), 10, 19);
            Assert.Equal("Complete", pass.GetProperty("outcome").GetString());
        }
        Assert.Equal(10, passes[0].GetProperty("pass").GetProperty("recipient").GetInt32());
        Assert.Equal(2, passes[1].GetProperty("pass").GetProperty("recipient").GetInt32());
    }

    [Fact]
    public void ResultJson_HasTheDocumentedFields()
    {
        using var doc = JsonDocument.Parse(PlayJson.Result(BookPlay.Run()));
        var root = doc.RootElement;
        Assert.Equal("book", root.GetProperty("play").GetString());
        Assert.Equal(2, root.GetProperty("seed").GetInt32());
        var outcome = root.GetProperty("outcome");
        Assert.True(outcome.GetProperty("goal").GetBoolean());
        Assert.Equal(2, outcome.GetProperty("scorer").GetInt32());
        Assert.Equal("Slovenia", outcome.GetProperty("team").GetString());
        Assert.True(outcome.GetProperty("seconds").GetDouble() > 0);
        Assert.True(root.GetProperty("events").GetArrayLength() > 5);
        Assert.Contains(root.GetProperty("lines").EnumerateArray(), l => l.GetProperty("name").GetString() == "#10");
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void ChromeTrace_HasALinePerPlayerAndTheBall(bool sequential)
    {
        var result = BookPlay.Run(new RunOptions { Sequential = sequential });
        using var doc = JsonDocument.Parse(Tempo.Timeline.ChromeTraceWriter.Write([result.Trace]));
        var text = doc.RootElement.ToString();
        Assert.Contains("opp#1", text, StringComparison.Ordinal);
        Assert.Contains("#10", text, StringComparison.Ordinal);
        // One named track per line of control (22 players and the ball), each with spans.
        var events = (doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement : doc.RootElement.GetProperty("traceEvents")).EnumerateArray().ToList();
        var tracks = events.Where(e => e.GetProperty("ph").GetString() == "M" && e.GetProperty("name").GetString() == "thread_name")
            .Select(e => e.GetProperty("args").GetProperty("name").GetString()).ToList();
        Assert.Equal(result.Trace.Lines.Select(l => l.Name), tracks);
        Assert.Equal(23, tracks.Count);
        Assert.True(events.Count(e => e.GetProperty("ph").GetString() == "X") >= 23);
    }

    [Fact]
    public void EventTimestamps_AreRoundedToTheMillisecond_InHoursMinutesSeconds()
    {
        using var doc = JsonDocument.Parse(PlayJson.Events(BookPlay.Run()));
        var events = doc.RootElement.ValueKind == JsonValueKind.Array ? doc.RootElement : doc.RootElement.GetProperty("events");
        foreach (var e in events.EnumerateArray())
        {
            var second = e.GetProperty("second").GetDouble();
            var expected = TimeSpan.FromMilliseconds(Math.Round(second * 1000)).ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture);
            Assert.Equal(expected, e.GetProperty("timestamp").GetString());
        }
        Assert.Contains(events.EnumerateArray(), e => e.GetProperty("timestamp").GetString() == "00:00:06.800");
    }

    [Fact]
    public void StepTable_HasNoTrailingSpaces_AndShowsAGiveUpAsTheLinesLastAct()
    {
        var play = PlayFile.Parse("""
            name: stuck
            horizon: 12
            patience: 4
            attack:
              ball: 8
              players:
                - number: 8
                  role: midfielder
                  at: [60, 34]
                  actions:
                    - wait: {player: 9, past_x: 95}
                    - pass: 9
                - number: 9
                  role: forward
                  at: [55, 30]
                  actions:
                    - run: [100, 30]
            defence:
              players:
                - {number: 1, role: goalkeeper, at: [102, 34]}
            """, "stuck.yaml");
        var table = PlaySimulator.Run(play).FormatStepTable();
        Assert.All(table.Split('\n'), l => Assert.False(l.EndsWith(' '), $"trailing space in '{l}'"));
        Assert.Contains(table.Split('\n'), l => l.StartsWith("4.", StringComparison.Ordinal) && l.Contains("gave up: #9 past x=95", StringComparison.Ordinal));
    }

    [Fact]
    public void PhaseFrames_DrawDribblesApartFromPasses_ThePasserWhereHePassed_AndWrapLongCaptions()
    {
        var result = BookPlay.Run();
        static List<XElement> Classed(string svg, string cls) =>
            XDocument.Parse(svg).Descendants().Where(e => (string?)e.Attribute("class") == cls).ToList();
        var second = SvgFrameRenderer.Render(result, result.Phases[1]);
        Assert.NotEmpty(Classed(second, "dribble-path"));
        var third = SvgFrameRenderer.Render(result, result.Phases[2]);
        // #10 passed to #2 and ran on: a marker with his number stands where he played the ball (as does #2's, who
        // took the pass at a run and shot on the move).
        Assert.Single(Classed(third, "passer"), m => m.Descendants().Single(e => e.Name.LocalName == "text").Value == "10");
        var sequential = BookPlay.Run(new RunOptions { Sequential = true });
        var long_ = SvgFrameRenderer.Render(sequential, sequential.Phases[^1]);
        var captions = Classed(long_, "caption");
        Assert.All(captions, c => Assert.True(c.Value.Length <= 110, c.Value));
        Assert.Contains("(twice)", string.Join(" ", captions.Select(c => c.Value)), StringComparison.Ordinal);
    }

    [Fact]
    public void EventLog_LinksPassesToTheirReceipts_CountsPossessions_AndTypesTheDetails()
    {
        using var doc = JsonDocument.Parse(PlayJson.Events(BookPlay.Run(new RunOptions { Sequential = true })));
        var events = doc.RootElement.EnumerateArray().ToList();
        JsonElement ByIndex(int index) => events.Single(e => e.GetProperty("index").GetInt32() == index);
        foreach (var pass in events.Where(e => e.GetProperty("type").GetString() == "Pass"))
        {
            var ended = ByIndex(pass.GetProperty("relatedEvents").EnumerateArray().Single().GetInt32());
            Assert.Contains(ended.GetProperty("type").GetString(), new[] { "Ball Receipt", "Interception" });
            Assert.Contains(pass.GetProperty("index").GetInt32(), ended.GetProperty("relatedEvents").EnumerateArray().Select(r => r.GetInt32()));
            Assert.Equal("Ground Pass", pass.GetProperty("pass").GetProperty("height").GetString());
        }
        // The interception hands the ball to the defence: a second possession begins.
        Assert.Equal(1, events[0].GetProperty("possession").GetInt32());
        Assert.Equal(2, events[^1].GetProperty("possession").GetInt32());
        Assert.All(events, e => Assert.Equal("Regular Play", e.GetProperty("playPattern").GetString()));
        var duel = events.First(e => e.GetProperty("type").GetString() == "Dribble").GetProperty("details");
        Assert.Equal(JsonValueKind.Number, duel.GetProperty("roll").ValueKind);
        Assert.Equal(2, duel.GetProperty("defenderAt").GetArrayLength());
        Assert.True(events.First(e => e.GetProperty("type").GetString() == "Dribble").GetProperty("underPressure").GetBoolean());
    }
}
