using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>A line that blocks the loop's thread is reported within a bounded wall-clock time, naming the line.</summary>
public sealed class BlockedLoopTests
{
    [Fact]
    public void LineBlockingTheLoop_IsReportedNamingTheLine_InsteadOfHangingSilently()
    {
        var reports = new List<string>();
        using var gate = new ManualResetEventSlim();
        var options = new SimulationOptions
        {
            Name = "match",
            ReportBlockedStepAfter = TimeSpan.FromMilliseconds(100),
            OnBlockedStep = message =>
            {
                lock (reports)
                {
                    reports.Add(message);
                }
                // The report is what this test waits for: only then may the blocked line go on.
                gate.Set();
            },
        };
        using var sim = new Simulation(options);
        sim.Start("keeper", async ct =>
        {
            await sim.DelayAsync(TimeSpan.FromSeconds(2), ct);
            // The blocking wait (TEMPO003 in user code) is the point of this test; it gives up after 30 s without a report.
            gate.Wait(TimeSpan.FromSeconds(30), ct);
        });

        sim.Run();

        var report = Assert.Single(reports);
        Assert.Equal(
            "simulation 'match': line 'keeper' has held the loop for more than 0.1 s of wall-clock time in one step at t=2: " +
            "it is blocked (.Wait(), .Result, GetAwaiter().GetResult(), Thread.Sleep or a lock) and nothing else can run; inside lines, await instead",
            report);
    }

    [Fact]
    public void QuickSteps_AreNeverReported()
    {
        var reports = new List<string>();
        var options = new SimulationOptions { ReportBlockedStepAfter = TimeSpan.FromSeconds(1), OnBlockedStep = reports.Add };
        using var sim = new Simulation(options);
        sim.Start("runner", async ct =>
        {
            for (var i = 0; i < 1000; i++)
            {
                await sim.DelayAsync(TimeSpan.FromSeconds(1), ct);
            }
        });

        sim.Run();

        Assert.Empty(reports);
    }
}
