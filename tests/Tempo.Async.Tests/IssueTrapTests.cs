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
        // Only the report lets the blocked line go on (as a user's Ctrl-C would end the hang it names).
        var options = BlockedReports.Collecting("bank", reports, () =>
        {
            sem.Release();
            unblock.Cancel();
        });
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
        var cause = trap == "sem.Wait()"
            ? "it is blocked on something the simulation does not know (Thread.Sleep, a lock, I/O, or a task, semaphore or channel not awaited through the simulation); inside lines, await instead"
            : "it waits synchronously (.Wait(), .Result or GetResult()) for its own timer due at t=2, which can only fire when the loop runs; await it instead";
        Assert.Equal(
            "simulation 'bank': line 'teller' blocks the loop at t=1 (one step has held it for more than 0.1 s of wall-clock time, and nothing else can run): " + cause,
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
