using System.Text.Json;
using System.Xml.Linq;
using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>The lines-of-control model and its three renderers.</summary>
public sealed class TimelineTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static Trace ChapterPlay()
    {
        // A hand-built miniature of the chapter's play: #2 passes and runs, #10 dribbles and waits for #2, #2 scores.
        var trace = new Trace("play");
        var two = trace.AddLine("#2");
        var ten = trace.AddLine("#10");
        two.Begin(SpanState.Running, S(0), "pass to #10");
        two.Begin(SpanState.Running, S(1), "run to x=88");
        ten.Begin(SpanState.Waiting, S(0), "ball");
        ten.Begin(SpanState.Running, S(1), "dribble");
        ten.Begin(SpanState.Waiting, S(3), "#2 past x=88");
        two.Begin(SpanState.Waiting, S(4), "ball");
        ten.Begin(SpanState.Running, S(4), "pass to #2");
        ten.Begin(SpanState.Done, S(5));
        ten.End(S(5));
        two.Begin(SpanState.Done, S(6), "goal");
        two.End(S(6));
        trace.AddEvent(two, S(0), "pass", new Dictionary<string, string> { ["to"] = "#10" });
        trace.AddEvent(two, S(6), "goal");
        trace.AddLink(two, S(0.5), ten, S(1), "ball arrives");
        trace.AddLink(two, S(4), ten, S(4), "#2 in position");
        return trace;
    }

    [Fact]
    public void Begin_ClosesTheOpenSpan_AndDropsEmptyOnes()
    {
        var trace = new Trace("t");
        var line = trace.AddLine("worker");
        line.Begin(SpanState.Running, S(0), "depth 1");
        line.Begin(SpanState.Running, S(2), "depth 2");
        line.Begin(SpanState.Running, S(2), "depth 3");
        line.Begin(SpanState.Running, S(3), "depth 3");
        line.End(S(5));

        Assert.Equal(
            [new TimelineSpan(SpanState.Running, S(0), S(2), "depth 1"), new TimelineSpan(SpanState.Running, S(2), S(5), "depth 3")],
            line.Spans);
        Assert.False(line.IsOpen);
        Assert.Equal(S(5), trace.Duration);
        Assert.Throws<ArgumentOutOfRangeException>(() => line.Begin(SpanState.Running, S(4)));
    }

    [Fact]
    public void Begin_BackToTheSameStateAtOneInstant_ContinuesTheEarlierSpan()
    {
        var trace = new Trace("t");
        var line = trace.AddLine("poller");
        line.Begin(SpanState.Waiting, S(0), "delay");
        line.Begin(SpanState.Running, S(1));
        line.Begin(SpanState.Waiting, S(1), "delay");
        line.Begin(SpanState.Running, S(2));
        line.Begin(SpanState.Waiting, S(2), "ball");
        line.End(S(3));

        Assert.Equal(
            [new TimelineSpan(SpanState.Waiting, S(0), S(2), "delay"), new TimelineSpan(SpanState.Waiting, S(2), S(3), "ball")],
            line.Spans);
    }

    [Fact]
    public void AddEvent_WithALineOfAnotherTrace_Throws()
    {
        var a = new Trace("a");
        var b = new Trace("b");
        var foreign = b.AddLine("x");
        a.AddLine("y");

        Assert.Throws<ArgumentException>(() => a.AddEvent(foreign, S(1), "boom"));
    }

    [Fact]
    public void StepTable_HasARowPerChange_AndAColumnPerLine()
    {
        var table = StepTableRenderer.Render(ChapterPlay());

        var expected = string.Join('\n',
            "time | #2               | #10                | events",
            "---- | ---------------- | ------------------ | --------",
            "0    | run: pass to #10 | wait: ball         | #2: pass",
            "1    | run: run to x=88 | run: dribble       |",
            "3    |                  | wait: #2 past x=88 |",
            "4    | wait: ball       | run: pass to #2    |",
            "5    |                  | done               |",
            "6    | done: goal       |                    | #2: goal",
            "");
        Assert.Equal(expected, table);
    }

    [Fact]
    public void StepTable_RepeatUnchanged_FillsEveryCell()
    {
        var table = StepTableRenderer.Render(ChapterPlay(), new StepTableOptions { RepeatUnchanged = true, ShowEvents = false, MaxCellWidth = 12 });

        var rows = table.Split('\n');
        Assert.Equal("3    | run: run to… | wait: #2 pa…", rows[4]);
        Assert.Equal("5    | wait: ball   | done", rows[6]);
    }

    [Fact]
    public void Svg_IsValidXml_WithARowPerLineAndArrowsForLinks()
    {
        var svg = SvgTimelineRenderer.Render([ChapterPlay(), ChapterPlay()], new SvgTimelineOptions { Title = "concurrent vs concurrent" });

        var doc = XDocument.Parse(svg);
        XNamespace ns = "http://www.w3.org/2000/svg";
        Assert.Equal(ns + "svg", doc.Root!.Name);
        var texts = doc.Descendants(ns + "text").Select(t => t.Value).ToList();
        Assert.Equal(2, texts.Count(t => t == "#10"));
        Assert.Contains("concurrent vs concurrent", texts);
        Assert.Equal(4, doc.Descendants(ns + "line").Count(l => (string?)l.Attribute("marker-end") == "url(#arrow)"));
        var spanRects = doc.Descendants(ns + "rect").Where(r => (string?)r.Attribute("class") == "span").ToList();
        Assert.Equal(2 * 9, spanRects.Count);
        Assert.Contains(spanRects, r => r.Element(ns + "title")!.Value.StartsWith("wait: #2 past x=88 (3–4)", StringComparison.Ordinal));
        Assert.Equal(4, doc.Descendants(ns + "circle").Count());
    }

    [Fact]
    public void SvgTimeline_ScalePerTrace_DrawsEachRunAcrossTheFullWidthOnItsOwnAxis()
    {
        var fast = new Trace("solver (milliseconds)");
        var solver = fast.AddLine("solver");
        solver.Begin(SpanState.Running, TimeSpan.Zero, "mate in ≤ 1?");
        solver.End(TimeSpan.FromMilliseconds(20));
        var slow = new Trace("play (seconds)");
        var player = slow.AddLine("#2");
        player.Begin(SpanState.Waiting, TimeSpan.Zero, "run");
        player.End(S(10));
        XNamespace ns = "http://www.w3.org/2000/svg";
        double Width(string svg, string title) => double.Parse(
            XDocument.Parse(svg).Descendants(ns + "rect").Single(r => r.Element(ns + "title")?.Value.StartsWith(title, StringComparison.Ordinal) == true).Attribute("width")!.Value,
            System.Globalization.CultureInfo.InvariantCulture);

        var shared = SvgTimelineRenderer.Render([fast, slow]);
        var perTrace = SvgTimelineRenderer.Render([fast, slow], new SvgTimelineOptions { ScalePerTrace = true });

        Assert.True(Width(shared, "run: mate in ≤ 1?") < 5, "on the shared axis 20 ms is a sliver beside 10 s");
        Assert.Equal(Width(perTrace, "wait: run"), Width(perTrace, "run: mate in ≤ 1?"));
        var ticks = XDocument.Parse(perTrace).Descendants(ns + "text").Where(t => (string?)t.Attribute("class") == "tick").Select(t => t.Value).ToList();
        Assert.Contains("0.02", ticks);
        Assert.Contains("10", ticks);
    }

    [Fact]
    public void ChromeTrace_IsValidJson_WithProcessesThreadsSpansEventsAndFlows()
    {
        var json = ChromeTraceWriter.Write([ChapterPlay(), new Trace("empty")]);

        using var doc = JsonDocument.Parse(json);
        var events = doc.RootElement.GetProperty("traceEvents").EnumerateArray().ToList();
        string Ph(JsonElement e) => e.GetProperty("ph").GetString()!;
        var processNames = events.Where(e => Ph(e) == "M" && e.GetProperty("name").GetString() == "process_name")
            .Select(e => (e.GetProperty("pid").GetInt32(), e.GetProperty("args").GetProperty("name").GetString())).ToList();
        Assert.Equal([(1, "play"), (2, "empty")], processNames);
        var threadNames = events.Where(e => Ph(e) == "M" && e.GetProperty("name").GetString() == "thread_name")
            .Select(e => (e.GetProperty("tid").GetInt32(), e.GetProperty("args").GetProperty("name").GetString())).ToList();
        Assert.Equal([(1, "#2"), (2, "#10")], threadNames);
        var spans = events.Where(e => Ph(e) == "X").ToList();
        Assert.Equal(9, spans.Count);
        var wait = spans.Single(e => e.GetProperty("name").GetString() == "wait: #2 past x=88");
        Assert.Equal(3_000_000, wait.GetProperty("ts").GetDouble());
        Assert.Equal(1_000_000, wait.GetProperty("dur").GetDouble());
        Assert.Equal(2, wait.GetProperty("tid").GetInt32());
        Assert.Equal("waiting", wait.GetProperty("args").GetProperty("state").GetString());
        var instants = events.Where(e => Ph(e) == "i").ToList();
        Assert.Equal(["pass", "goal"], instants.Select(e => e.GetProperty("name").GetString()));
        Assert.Equal("#10", instants[0].GetProperty("args").GetProperty("to").GetString());
        var starts = events.Where(e => Ph(e) == "s").ToList();
        var finishes = events.Where(e => Ph(e) == "f").ToList();
        Assert.Equal(2, starts.Count);
        Assert.Equal(starts.Select(e => e.GetProperty("id").GetInt32()), finishes.Select(e => e.GetProperty("id").GetInt32()));
        Assert.All(finishes, f => Assert.Equal("e", f.GetProperty("bp").GetString()));
    }

    [Fact]
    public void SimulationTrace_RendersInAllThreeFormats()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "book play" });
        var ballAtTen = sim.CreateEvent("ball at #10");
        var x = 30.0;
        sim.Start("#2", async ct =>
        {
            sim.Record("pass");
            await sim.WorkAsync(S(1), "pass to #10", ct);
            ballAtTen.Set();
            while (x < 88)
            {
                await sim.WorkAsync(S(1), "run", ct);
                x += 20;
            }
        });
        sim.Start("#10", async ct =>
        {
            await ballAtTen.WaitAsync(ct);
            await sim.WorkAsync(S(2), "dribble", ct);
            await sim.WaitUntilAsync("#2 past x=88", () => x >= 88, ct);
            sim.Record("pass");
        });

        sim.Run();

        var table = StepTableRenderer.Render(sim.Trace);
        Assert.Contains("wait: ball at #10", table);
        Assert.Contains("wait: #2 past x=88", table);
        Assert.Contains("run: dribble", table);
        Assert.NotNull(XDocument.Parse(SvgTimelineRenderer.Render([sim.Trace])).Root);
        using var json = JsonDocument.Parse(ChromeTraceWriter.Write([sim.Trace]));
        Assert.Equal(2, sim.Trace.Links.Count);
        Assert.Equal(S(4), sim.Trace.Duration);
    }
}
