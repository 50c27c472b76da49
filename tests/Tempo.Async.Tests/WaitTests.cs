using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>Conditions, events, timers and instant events: the less travelled paths.</summary>
public sealed class WaitTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void WaitUntil_ConditionThatThrows_FailsTheWaitingLine()
    {
        using var sim = new Simulation();
        var calls = 0;
        sim.Start("fragile", c => sim.WaitUntilAsync("the impossible", () => ++calls > 1 ? throw new InvalidOperationException("bad sensor") : false, c));
        sim.Start("ticker", c => sim.DelayAsync(S(1), c));

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Equal("fragile", e.LineName);
        Assert.Equal("bad sensor", e.InnerException!.Message);
    }

    [Fact]
    public void WaitUntil_Cancelled_EndsTheLineCancelled()
    {
        using var sim = new Simulation();
        var waiter = sim.Start("waiter", c => sim.WaitUntilAsync("never", () => false, c));
        sim.Start("referee", async c =>
        {
            await sim.DelayAsync(S(2), c);
            waiter.Cancel();
        });

        sim.Run();

        Assert.True(waiter.Completion.IsCanceled);
        Assert.Equal(SpanState.Cancelled, waiter.Trace.Spans[^1].State);
        Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "never"), waiter.Trace.Spans[0]);
    }

    [Fact]
    public void SimEvent_Reset_MakesLaterWaitsWaitAgain()
    {
        using var sim = new Simulation();
        var light = sim.CreateEvent("green light");
        var crossings = new List<double>();
        sim.Start("walker", async c =>
        {
            for (var i = 0; i < 2; i++)
            {
                await light.WaitAsync(c);
                crossings.Add(sim.Now.TotalSeconds);
                await sim.DelayAsync(S(1), c);
            }
        });
        sim.Start("signal", async c =>
        {
            await sim.DelayAsync(S(3), c);
            light.Set();
            await sim.DelayAsync(S(0.5), c);
            light.Reset();
            await sim.DelayAsync(S(4.5), c);
            light.Set();
        });

        sim.Run();

        Assert.Equal([3.0, 8.0], crossings);
    }

    [Fact]
    public void TimeProviderTimer_ChangeAndDispose_Reschedule()
    {
        using var sim = new Simulation();
        var fired = new List<double>();
        ITimer? timer = null;
        sim.Start("owner", async c =>
        {
            timer = sim.TimeProvider.CreateTimer(_ => fired.Add(sim.Now.TotalSeconds), null, S(10), Timeout.InfiniteTimeSpan);
            await sim.DelayAsync(S(1), c);
            timer.Change(S(2), S(3));
            await sim.DelayAsync(S(8), c);
            timer.Dispose();
        });

        sim.Run();

        // At t=9 the owner's delay, scheduled at t=1, comes before the timer's tick, scheduled at t=6: it disposes first.
        Assert.Equal([3.0, 6.0], fired);
        Assert.False(timer!.Change(S(1), S(1)));
        Assert.Equal(S(9), sim.Now);
    }

    [Fact]
    public void Record_AddsInstantEventsOnTheCurrentLine()
    {
        using var sim = new Simulation();
        sim.Start("#2", async c =>
        {
            sim.Record("pass", new Dictionary<string, string> { ["to"] = "#10" });
            await sim.DelayAsync(S(9.5), c);
            sim.Record("goal");
        });

        sim.Run();

        Assert.Equal(
            [(0, TimeSpan.Zero, "pass"), (0, S(9.5), "goal")],
            sim.Trace.Events.Select(e => (e.LineId, e.Time, e.Name)));
        Assert.Equal("#10", sim.Trace.Events[0].Data!["to"]);
        Assert.Throws<InvalidOperationException>(() => sim.Record("outside"));
    }

    [Fact]
    public void Random_IsSeeded()
    {
        using var a = new Simulation(new SimulationOptions { Seed = 42 });
        using var b = new Simulation(new SimulationOptions { Seed = 42 });

        Assert.Equal(Enumerable.Range(0, 5).Select(_ => a.Random.Next()), Enumerable.Range(0, 5).Select(_ => b.Random.Next()));
    }

    [Fact]
    public void RunUntilTask_ThatCanNeverComplete_ReportsDeadlock()
    {
        using var sim = new Simulation();
        var never = new TaskCompletionSource();

        var e = Assert.Throws<DeadlockException>(() => sim.RunUntil(never.Task));

        Assert.Contains("the awaited task cannot complete", e.Message);
        Assert.Empty(e.WaitForList);
    }
}
