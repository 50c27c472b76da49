using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>
/// Issue #16's traps in the exact form the issue gives them: a <c>sem.Wait()</c> or a <c>Task.Delay(…, tp).Wait()</c>
/// inside a line is reported naming the line instead of hanging, and a SemaphoreSlim taken through the simulation
/// (what TEMPO005 offers instead of a Monitor held across an await) keeps B out until A lets go.
/// </summary>
public sealed class IssueTrapTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Theory]
    [InlineData("sem.Wait()")]
    [InlineData("Task.Delay(d, tp).Wait()")]
    public void BlockingWaitInsideALine_IsReportedNamingTheLine_InsteadOfHanging(string trap)
    {
        var reports = new List<string>();
        using var sem = new SemaphoreSlim(0);
        using var unblock = new CancellationTokenSource();
        var options = new SimulationOptions
        {
            Name = "bank",
            ReportBlockedStepAfter = TimeSpan.FromMilliseconds(100),
            OnBlockedStep = message =>
            {
                lock (reports)
                {
                    reports.Add(message);
                }
                // Only the report lets the blocked line go on (as a user's Ctrl-C would end the hang it names).
                sem.Release();
                unblock.Cancel();
            },
        };
        using var sim = new Simulation(options);
        var ended = "";
        sim.Start("teller", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            try
            {
                // Without a report these give up after 10 s of wall-clock time, and the test fails instead of hanging.
                var released = trap == "sem.Wait()"
                    ? sem.Wait(TimeSpan.FromSeconds(10), ct)
                    : Task.Delay(S(1), sim.TimeProvider, ct).Wait(10_000, unblock.Token);
                ended = released ? "released by the report" : "gave up after 10 s";
            }
            catch (OperationCanceledException)
            {
                ended = "released by the report";
            }
        });

        sim.Run();

        Assert.Equal("released by the report", ended);
        Assert.Equal(
            "simulation 'bank': line 'teller' has held the loop for more than 0.1 s of wall-clock time in one step at t=1: " +
            "it is blocked (.Wait(), .Result, GetAwaiter().GetResult(), Thread.Sleep or a lock) and nothing else can run; inside lines, await instead",
            Assert.Single(reports));
    }

    [Fact]
    public void ASemaphoreTakenThroughTheSimulation_KeepsBOutUntilALetsGo_WhereAMonitorLetBInAtOnce()
    {
        using var sim = new Simulation();
        using var gate = new SemaphoreSlim(1);
        var log = new List<string>();
        sim.Start("A", async ct =>
        {
            await gate.WaitAsync(sim, ct);
            log.Add($"A takes the lock at t={TimeFormat.Seconds(sim.Now)}");
            await sim.DelayAsync(S(2), ct);
            gate.Release(sim);
        });
        var b = sim.Start("B", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            await gate.WaitAsync(sim, ct);
            log.Add($"B takes the lock at t={TimeFormat.Seconds(sim.Now)}");
            gate.Release(sim);
        });

        sim.Run();

        Assert.Equal(["A takes the lock at t=0", "B takes the lock at t=2"], log);
        Assert.Contains(new TimelineSpan(SpanState.Waiting, S(1), S(2), "semaphore 'gate'"), b.Trace.Spans);
    }
}
