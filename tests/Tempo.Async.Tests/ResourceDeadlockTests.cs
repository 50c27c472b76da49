using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>Deadlocks through resources, stores and containers name the lines on both sides.</summary>
public sealed class ResourceDeadlockTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void TwoResourcesTakenInOppositeOrder_DeadlockNamesWhoHoldsWhatTheOtherWaitsFor()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "workshop" });
        var saw = new Resource(sim, "saw");
        var drill = new Resource(sim, "drill");
        sim.Start("Ann", async ct =>
        {
            using var first = await saw.RequestAsync(ct);
            await sim.DelayAsync(S(1), ct);
            using var second = await drill.RequestAsync(ct);
        });
        sim.Start("Bob", async ct =>
        {
            using var first = await drill.RequestAsync(ct);
            await sim.DelayAsync(S(1), ct);
            using var second = await saw.RequestAsync(ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [("Ann", "resource 'drill' held by 'Bob'"), ("Bob", "resource 'saw' held by 'Ann'")],
            e.WaitForList);
        Assert.Contains("'Ann' waits for resource 'drill' held by 'Bob'; 'Bob' waits for resource 'saw' held by 'Ann'", e.Message);
    }

    [Fact]
    public void GetFromAStoreNobodyFills_AndAContainerThatNeverRefills_AreNamed()
    {
        using var sim = new Simulation();
        var mailbox = new Store<string>(sim, "mailbox");
        var tank = new Container(sim, "tank", capacity: 50, initial: 10);
        sim.Start("reader", async ct => await mailbox.GetAsync(ct));
        sim.Start("car", async ct => await tank.GetAsync(30, ct));

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [("reader", "an item from store 'mailbox' (empty; waiting to put: nobody)"), ("car", "30 from container 'tank' (level 10; waiting to put: nobody)")],
            e.WaitForList);
    }

    [Fact]
    public void PutIntoAFullStore_NamesTheStoreAndItsFill()
    {
        using var sim = new Simulation();
        var buffer = new Store<int>(sim, "buffer", capacity: 1);
        sim.Start("producer", async ct =>
        {
            await buffer.PutAsync(1, ct);
            await buffer.PutAsync(2, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("producer", "room in store 'buffer' (full: 1 items; waiting to get: nobody)")], e.WaitForList);
    }

    [Fact]
    public void TwoBareSemaphoresTakenInOppositeOrder_NameBothLines_AndHowToGetTheHoldersNamed()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "workshop" });
        using var saw = new SemaphoreSlim(1);
        using var drill = new SemaphoreSlim(1);
        sim.Start("Ann", async ct =>
        {
            await saw.WaitAsync(ct);
            await sim.DelayAsync(S(1), ct);
            await drill.WaitAsync(ct);
        });
        sim.Start("Bob", async ct =>
        {
            await drill.WaitAsync(ct);
            await sim.DelayAsync(S(1), ct);
            await saw.WaitAsync(ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        const string Unknown = "a task the simulation does not know (not a delay, event, condition, line or resource; for a SemaphoreSlim or a Channel, " +
            "await semaphore.WaitAsync(sim, ct) or channel.ReadAsync(sim, ct)/WriteAsync(sim, item, ct) and the report names it and the lines on its other side)";
        Assert.Equal([("Ann", Unknown), ("Bob", Unknown)], e.WaitForList);
        Assert.StartsWith("deadlock in simulation 'workshop' at t=1: every line of control is waiting and no timer is pending: 'Ann' waits for a task", e.Message);
    }
}
