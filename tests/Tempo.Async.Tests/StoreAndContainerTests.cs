using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>Store, FilterStore, PriorityStore and Container: who waits, who is served, in which order.</summary>
public sealed class StoreAndContainerTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string At(Simulation sim) => TimeFormat.Seconds(sim.Now);

    [Fact]
    public void Store_GetWaitsForAPut_AndItemsComeOutFirstInFirstOut()
    {
        using var sim = new Simulation();
        var store = new Store<string>(sim, "shelf");
        var got = new List<string>();
        sim.Start("consumer", async ct =>
        {
            for (var i = 0; i < 3; i++)
            {
                got.Add($"{await store.GetAsync(ct)}@{At(sim)}");
            }
        });
        sim.Start("producer", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            await store.PutAsync("a", ct);
            Assert.True(store.TryPut("b"));
            await sim.DelayAsync(S(1), ct);
            await store.PutAsync("c", ct);
        });

        sim.Run();

        Assert.Equal(["a@2", "b@2", "c@3"], got);
    }

    [Fact]
    public void Store_Full_PutWaitsUntilAGetMakesRoom_AndTryPutRefuses()
    {
        using var sim = new Simulation();
        var store = new Store<int>(sim, "buffer", capacity: 1);
        var log = new List<string>();
        sim.Start("producer", async ct =>
        {
            await store.PutAsync(1, ct);
            Assert.False(store.TryPut(99));
            await store.PutAsync(2, ct);
            log.Add($"put 2 at {At(sim)}");
        });
        sim.Start("consumer", async ct =>
        {
            await sim.DelayAsync(S(4), ct);
            log.Add($"got {await store.GetAsync(ct)} at {At(sim)}");
        });

        sim.Run();

        Assert.Equal(["got 1 at 4", "put 2 at 4"], log);
        Assert.Equal([2], store.Items);
    }

    [Fact]
    public void FilterStore_GetTakesTheFirstMatchingItem_AndDoesNotBlockTheGetsBehindIt()
    {
        using var sim = new Simulation();
        var store = new FilterStore<string>(sim, "parts");
        var got = new List<string>();
        sim.Start("wants bolt", async ct => got.Add($"bolt taker got {await store.GetAsync(p => p.StartsWith("bolt", StringComparison.Ordinal), ct)}"));
        sim.Start("wants nut", async ct => got.Add($"nut taker got {await store.GetAsync(p => p.StartsWith("nut", StringComparison.Ordinal), ct)}"));
        sim.Start("supplier", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            await store.PutAsync("nut M6", ct);
            await sim.DelayAsync(S(1), ct);
            await store.PutAsync("bolt M6", ct);
        });

        sim.Run();

        Assert.Equal(["nut taker got nut M6", "bolt taker got bolt M6"], got);
    }

    [Fact]
    public void PriorityStore_GetReceivesTheSmallestItem_EqualItemsInPutOrder()
    {
        using var sim = new Simulation();
        var store = new PriorityStore<(int Priority, string Job)>(sim, "jobs", Comparer<(int Priority, string Job)>.Create((a, b) => a.Priority.CompareTo(b.Priority)));
        var got = new List<string>();
        sim.Start("worker", async ct =>
        {
            foreach (var job in new[] { (3, "sweep"), (1, "fire"), (2, "mail"), (1, "flood") })
            {
                await store.PutAsync(job, ct);
            }
            for (var i = 0; i < 4; i++)
            {
                got.Add((await store.GetAsync(ct)).Job);
            }
        });

        sim.Run();

        Assert.Equal(["fire", "flood", "mail", "sweep"], got);
    }

    [Fact]
    public void Container_GetWaitsForEnough_PutWaitsForRoom_LevelFollows()
    {
        using var sim = new Simulation();
        var tank = new Container(sim, "tank", capacity: 100, initial: 30);
        var log = new List<string>();
        sim.Start("car", async ct =>
        {
            await tank.GetAsync(50, ct);
            log.Add($"car got 50 at {At(sim)}, level {tank.Level}");
        });
        sim.Start("filler", async ct =>
        {
            await sim.DelayAsync(S(6), ct);
            await tank.PutAsync(80, ct);
            log.Add($"filler put 80 at {At(sim)}, level {tank.Level}");
        });
        sim.Start("truck", async ct =>
        {
            await sim.DelayAsync(S(5), ct);
            await tank.PutAsync(40, ct);
            log.Add($"truck put 40 at {At(sim)}, level {tank.Level}");
        });

        sim.Run();

        // SimPy's order (checked against SimPy 3.0.11): the truck's put serves the car's get before the truck goes on.
        Assert.Equal(["truck put 40 at 5, level 20", "car got 50 at 5, level 20", "filler put 80 at 6, level 100"], log);
    }

    [Fact]
    public void Container_RefusesBadAmounts_NamingTheContainer()
    {
        using var sim = new Simulation();
        var tank = new Container(sim, "tank", capacity: 10);

        var e = Assert.Throws<ArgumentOutOfRangeException>(() => { _ = tank.GetAsync(0); });

        Assert.StartsWith("container 'tank': an amount must be greater than 0", e.Message);
        Assert.Throws<ArgumentOutOfRangeException>(() => new Container(sim, "tank", capacity: 10, initial: 11));
    }

    [Fact]
    public void Trace_ShowsTheGetterWaitingForTheStore_AndALinkFromThePutter()
    {
        using var sim = new Simulation();
        var store = new Store<int>(sim, "mailbox");
        var reader = sim.Start("reader", async ct => await store.GetAsync(ct));
        var writer = sim.Start("writer", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            await store.PutAsync(7, ct);
        });

        sim.Run();

        Assert.Contains(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "get from mailbox"), reader.Trace.Spans);
        Assert.Contains(sim.Trace.Links, l => l.FromLineId == writer.Trace.Id && l.ToLineId == reader.Trace.Id && l.Label == "mailbox");
    }
}
