using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>Resource, PriorityResource and PreemptiveResource: SimPy's order, the yield rule, leaving the queue, the trace.</summary>
public sealed class ResourceTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string At(Simulation sim) => TimeFormat.Seconds(sim.Now);

    [Fact]
    public void RequestAsync_FreeUnit_StillYields_SoEveryoneArrivingAtOnceArrivesBeforeAnyoneEnters()
    {
        using var sim = new Simulation();
        var machine = new Resource(sim, "machine", capacity: 2);
        var log = new List<string>();
        for (var i = 0; i < 3; i++)
        {
            var name = $"car {i}";
            sim.Start(name, async ct =>
            {
                log.Add($"{name} arrives at {At(sim)}");
                using var request = await machine.RequestAsync(ct);
                log.Add($"{name} enters at {At(sim)}");
                await sim.DelayAsync(S(5), ct);
            });
        }

        sim.Run();

        Assert.Equal(
            ["car 0 arrives at 0", "car 1 arrives at 0", "car 2 arrives at 0", "car 0 enters at 0", "car 1 enters at 0", "car 2 enters at 5"],
            log);
    }

    [Fact]
    public void Dispose_ServesTheWaitingRequestsFirstInFirstOut_AtTheReleaseInstant()
    {
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter");
        var served = new List<string>();
        foreach (var (name, arrives) in new[] { ("a", 0.0), ("b", 1.0), ("c", 2.0) })
        {
            sim.Start(name, async ct =>
            {
                await sim.DelayAsync(S(arrives), ct);
                using var request = await counter.RequestAsync(ct);
                served.Add($"{name}@{At(sim)}");
                Assert.Equal(1, counter.Count);
                await sim.DelayAsync(S(3), ct);
            });
        }

        sim.Run();

        Assert.Equal(["a@0", "b@3", "c@6"], served);
        Assert.Equal(0, counter.Count);
        Assert.Equal(0, counter.QueueLength);
    }

    [Fact]
    public void RequestOrTimeoutAsync_TimeRunsOut_ReturnsNullAndLeavesTheQueue()
    {
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter");
        var results = new List<string>();
        sim.Start("holder", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
            await sim.DelayAsync(S(5), ct);
        });
        sim.Start("impatient", async ct =>
        {
            var request = await counter.RequestOrTimeoutAsync(S(2), ct);
            results.Add($"impatient {(request is null ? "reneged" : "served")} at {At(sim)}, queue {counter.QueueLength}");
        });
        sim.Start("patient", async ct =>
        {
            using var request = await counter.RequestOrTimeoutAsync(S(10), ct);
            results.Add($"patient {(request is null ? "reneged" : "served")} at {At(sim)}");
        });

        sim.Run();

        Assert.Equal(["impatient reneged at 2, queue 1", "patient served at 5"], results);
    }

    [Fact]
    public void RequestAsync_Cancelled_LeavesTheQueue_AndTheNextRequestIsServed()
    {
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter");
        var served = new List<string>();
        using var cancel = new CancellationTokenSource();
        sim.Start("holder", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
            await sim.DelayAsync(S(4), ct);
        });
        var quitter = sim.Start("quitter", async ct =>
        {
            using var request = await counter.RequestAsync(cancel.Token);
            served.Add("quitter");
        });
        sim.Start("next", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
            served.Add($"next@{At(sim)}");
        });
        sim.Start("canceller", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            Assert.Equal(2, counter.QueueLength);
            cancel.Cancel();
            Assert.Equal(1, counter.QueueLength);
        });

        sim.Run();

        Assert.True(quitter.Completion.IsCanceled);
        Assert.Equal(["next@4"], served);
    }

    [Fact]
    public void RequestAsync_InterruptedWhileWaiting_LeavesTheQueue()
    {
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter");
        sim.Start("holder", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
            await sim.DelayAsync(S(4), ct);
        });
        var waiter = sim.Start("waiter", async ct =>
        {
            try
            {
                using var request = await counter.RequestAsync(ct);
            }
            catch (InterruptException)
            {
                Assert.Equal(0, counter.QueueLength);
            }
        });
        sim.Start("interrupter", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            waiter.Interrupt();
        });

        sim.Run();

        Assert.True(waiter.Completion.IsCompletedSuccessfully);
        Assert.Equal(0, counter.Count);
    }

    [Fact]
    public void RequestOrEventAsync_EventFirst_ReturnsNull_GrantFirst_ReturnsTheRequest()
    {
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter");
        var closing = sim.CreateEvent("closing");
        var results = new List<string>();
        sim.Start("holder", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
            await sim.DelayAsync(S(2), ct);
        });
        foreach (var name in new[] { "first", "second" })
        {
            sim.Start(name, async ct =>
            {
                using var request = await counter.RequestOrEventAsync(closing, ct);
                results.Add($"{name} {(request is null ? "left" : "served")} at {At(sim)}");
                await sim.DelayAsync(S(2), ct);
            });
        }
        sim.Start("closer", async ct =>
        {
            await sim.DelayAsync(S(3), ct);
            closing.Set();
        });

        sim.Run();

        Assert.Equal(["first served at 2", "second left at 3"], results);
    }

    [Fact]
    public void PriorityResource_ServesTheWaitingByPriority_ThenByArrival()
    {
        using var sim = new Simulation();
        var desk = new PriorityResource(sim, "desk");
        var served = new List<string>();
        foreach (var (name, priority, arrives) in new[] { ("holder", 0, 0.0), ("low", 5, 1.0), ("high", 1, 2.0), ("high later", 1, 3.0) })
        {
            sim.Start(name, async ct =>
            {
                await sim.DelayAsync(S(arrives), ct);
                using var request = await desk.RequestAsync(priority, ct);
                served.Add(name);
                await sim.DelayAsync(S(10), ct);
            });
        }

        sim.Run();

        Assert.Equal(["holder", "high", "high later", "low"], served);
    }

    [Fact]
    public void PreemptiveResource_MoreImportantRequest_InterruptsTheUser_NamingWhoAndWhen()
    {
        using var sim = new Simulation();
        var repairman = new PreemptiveResource(sim, "repairman");
        Preempted? preempted = null;
        string? message = null;
        sim.Start("other job", async ct =>
        {
            using var request = await repairman.RequestAsync(priority: 2, cancellationToken: ct);
            try
            {
                await sim.DelayAsync(S(30), ct);
            }
            catch (InterruptException e)
            {
                preempted = e.Cause as Preempted;
                message = e.Message;
            }
        });
        var repairedAt = TimeSpan.MinValue;
        sim.Start("machine 3", async ct =>
        {
            await sim.DelayAsync(S(7), ct);
            using var request = await repairman.RequestAsync(priority: 1, cancellationToken: ct);
            repairedAt = sim.Now;
        });

        sim.Run();

        Assert.Equal(new Preempted("repairman", "machine 3", S(7), TimeSpan.Zero), preempted);
        Assert.Equal("line 'other job' was interrupted: preempted from 'repairman' by 'machine 3' at t=7 (using it since t=0)", message);
        Assert.Equal(S(7), repairedAt);
    }

    [Fact]
    public void PreemptiveResource_WithoutPreempt_WaitsItsTurn()
    {
        using var sim = new Simulation();
        var repairman = new PreemptiveResource(sim, "repairman");
        var finished = new List<string>();
        sim.Start("other job", async ct =>
        {
            using var request = await repairman.RequestAsync(priority: 2, cancellationToken: ct);
            await sim.DelayAsync(S(30), ct);
            finished.Add($"other job@{At(sim)}");
        });
        sim.Start("polite", async ct =>
        {
            await sim.DelayAsync(S(7), ct);
            using var request = await repairman.RequestAsync(priority: 1, preempt: false, cancellationToken: ct);
            finished.Add($"polite@{At(sim)}");
        });

        sim.Run();

        Assert.Equal(["other job@30", "polite@30"], finished);
    }

    [Fact]
    public void Trace_ShowsWhoWaitsForTheResource_AndALinkFromTheLineThatReleasedIt()
    {
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter");
        var holder = sim.Start("holder", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
            await sim.DelayAsync(S(3), ct);
        });
        var waiter = sim.Start("waiter", async ct =>
        {
            using var request = await counter.RequestAsync(ct);
        });

        sim.Run();

        Assert.Contains(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(3), "counter"), waiter.Trace.Spans);
        Assert.Contains(sim.Trace.Links, l => l.FromLineId == holder.Trace.Id && l.ToLineId == waiter.Trace.Id && l.Label == "counter" && l.ToTime == S(3));
        Assert.Contains(sim.Trace.Events, e => e.LineId == waiter.Trace.Id && e.Name == "acquired counter" && e.Time == S(3));
        Assert.Contains(sim.Trace.Events, e => e.LineId == holder.Trace.Id && e.Name == "released counter" && e.Time == S(3));
    }

    [Fact]
    public void Constructors_RefuseACapacityBelowOne_NamingTheResource()
    {
        using var sim = new Simulation();

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => new Resource(sim, "pumps", 0));

        Assert.StartsWith("resource 'pumps': the capacity must be at least 1", e.Message);
    }
}
