using System.Xml.Linq;
using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>The usage example given for the README, run as a test so that it stays true.</summary>
public sealed class ReadmeExampleTests
{
    [Fact]
    public void ReadmeExample_PrintsTheStepTable()
    {
        using var sim = new Simulation(new SimulationOptions { Seed = 7 });
        var inPosition = false;

        sim.Start("#2", async ct =>
        {
            await sim.WorkAsync(TimeSpan.FromSeconds(1), "pass to #10", ct);
            await sim.WorkAsync(TimeSpan.FromSeconds(3), "run to x=88", ct);
            inPosition = true;
        });
        sim.Start("#10", async ct =>
        {
            await sim.WorkAsync(TimeSpan.FromSeconds(2), "dribble", ct);
            await sim.WaitUntilAsync("#2 in position", () => inPosition, ct);
            await Task.Delay(TimeSpan.FromSeconds(0.5), sim.TimeProvider, ct);
            sim.Record("pass to #2");
        });

        sim.Run();
        var table = StepTableRenderer.Render(sim.Trace);

        var expected = string.Join('\n',
            "time | #2               | #10                  | events",
            "---- | ---------------- | -------------------- | ---------------",
            "0    | run: pass to #10 | run: dribble         |",
            "1    | run: run to x=88 |                      |",
            "2    |                  | wait: #2 in position |",
            "4    | done             | wait: timer          |",
            "4.5  |                  | done                 | #10: pass to #2",
            "");
        Assert.Equal(expected, table);
        Assert.Equal(TimeSpan.FromSeconds(4.5), sim.Now);
        Assert.NotNull(XDocument.Parse(SvgTimelineRenderer.Render([sim.Trace])).Root);
        Assert.StartsWith("{\"displayTimeUnit\"", ChromeTraceWriter.Write([sim.Trace]), StringComparison.Ordinal);
    }
}
