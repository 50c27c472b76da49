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
        // The report is what this test waits for: only then may the blocked line go on.
        var options = BlockedReports.Collecting("match", reports, gate.Set);
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
            "simulation 'match': line 'keeper' blocks the loop at t=2 (one step has held it for more than 0.1 s of wall-clock time, and nothing else can run): " +
            "it is blocked on something the simulation does not know (Thread.Sleep, a lock, I/O, or a task, semaphore or channel not awaited through the simulation); inside lines, await instead",
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
