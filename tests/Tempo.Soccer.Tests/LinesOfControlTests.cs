using Tempo.Timeline;

namespace Tempo.Soccer.Tests;

/// <summary>The runtime's trace is the one record of a play's lines of control: every view reads it.</summary>
public sealed class LinesOfControlTests
{
    [Fact]
    public void Book_EachActIsRecordedOnce_WithOneLabel()
    {
        var trace = BookPlay.Run().Trace;
        var ten = trace.Lines.Single(l => l.Name == "#10");
        Assert.Contains(ten.Spans, s => s is { State: SpanState.Running, Label: "dribble past opp#6" });
        Assert.DoesNotContain(trace.Lines.SelectMany(l => l.Spans), s => s.Label is { } label && label.StartsWith("carry the ball", StringComparison.Ordinal));
        // Acts that take no time are the trace's events on the player's own line.
        Assert.Equal(["pass to #10", "meet the pass", "shoot"], EventsOn(trace, "#2"));
        Assert.Equal(["meet the pass", "pass to #2"], EventsOn(trace, "#10"));
    }

    [Fact]
    public void Book_TheBallsLine_CarriesEachChangeOfTheBallsState()
    {
        var trace = BookPlay.Run().Trace;
        Assert.Equal(["pass #2→#10", "with #10", "pass #10→#2", "with #2", "shot by #2", "in the net"], EventsOn(trace, "ball"));
        var net = trace.Events.Single(e => e.Name == "in the net");
        Assert.Equal(TimeSpan.FromSeconds(8.76), net.Time);
    }

    [Fact]
    public void StepTable_IsTheTraceDrawnByTheTimelineRenderer()
    {
        var result = BookPlay.Run();
        var table = result.FormatStepTable().Split('\n');
        Assert.StartsWith("time | ball ", table[0], StringComparison.Ordinal);
        Assert.StartsWith("-----+-", table[1], StringComparison.Ordinal);
        Assert.Contains(table, row => row.StartsWith("0.00 | pass #2→#10 | pass to #10; run to (72.0, 8.0) |", StringComparison.Ordinal));
        Assert.Contains(table, row => row.StartsWith("8.76 | in the net", StringComparison.Ordinal));
        // The runtime's lines wind down at the ball's next tick (8.8 s); the table stops at the result.
        Assert.DoesNotContain(table, row => row.StartsWith("8.80", StringComparison.Ordinal));
        // Only lines that did more than stand by get a column: the unscripted attackers and the holding forwards do not.
        var columns = table[0].Split('|').Select(c => c.Trim()).ToList();
        Assert.Equal(["time", "ball", "#2", "#9", "#10", "#11", "opp#1", "opp#2", "opp#3", "opp#4", "opp#5", "opp#6", "opp#7", "opp#8"], columns);
    }

    [Fact]
    public void StepTableRenderer_SoccerOptions_PickLinesCutAtTheEndAndWriteEventsInTheirCells()
    {
        var trace = new Trace("t");
        var a = trace.AddLine("a");
        var b = trace.AddLine("b");
        var c = trace.AddLine("c");
        a.Begin(SpanState.Running, TimeSpan.Zero, "run");
        a.Begin(SpanState.Waiting, TimeSpan.FromSeconds(1), "ball");
        a.Begin(SpanState.Done, TimeSpan.FromSeconds(3));
        b.Begin(SpanState.Running, TimeSpan.Zero, "idle");
        c.Begin(SpanState.Running, TimeSpan.FromSeconds(2), "late");
        trace.AddEvent(a, TimeSpan.Zero, "kick");
        trace.AddEvent(c, TimeSpan.FromSeconds(0.5), "shout");
        var table = StepTableRenderer.Render(trace, new StepTableOptions
        {
            Lines = [c.Id, a.Id],
            Until = TimeSpan.FromSeconds(2.5),
            EventsInLines = true,
            RuleSeparator = "-+-",
            DescribeSpan = (line, span) => span.State == SpanState.Waiting ? "wait: " + span.Label : span.Label ?? "",
        });
        Assert.Equal(
            "time | c     | a\n" +
            "-----+-------+-----------\n" +
            "0    |       | kick; run\n" +
            "0.5  | shout |\n" +
            "1    |       | wait: ball\n" +
            "2    | late  |\n",
            table);
    }

    private static List<string> EventsOn(Trace trace, string line)
    {
        var id = trace.Lines.Single(l => l.Name == line).Id;
        return [.. trace.Events.Where(e => e.LineId == id).Select(e => e.Name)];
    }
}
