using System.Globalization;
using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// Gets and puts on stores and containers raced against a virtual-time timeout (SimPy's <c>get | env.timeout(t)</c>
/// with the loser cancelled): the outcome, what is left in the queues, cancellation, and a SimPy program byte for byte.
/// </summary>
public sealed class StoreTimeoutTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static string F(double value, string format = "0.0") => value.ToString(format, CultureInfo.InvariantCulture);

    [Fact]
    public void GetOrTimeout_OnAnEmptyStore_GivesUpAtTheTimeout_AndLeavesTheQueue()
    {
        using var sim = new Simulation();
        var shelf = new Store<string>(sim, "shelf");
        (bool Got, string Item) result = (true, "unset");
        var gaveUpAt = TimeSpan.Zero;
        sim.Start("impatient", async ct =>
        {
            result = await shelf.GetOrTimeoutAsync(S(2), ct);
            gaveUpAt = sim.Now;
        });
        sim.Start("late maker", async ct =>
        {
            await sim.DelayAsync(S(3), ct);
            await shelf.PutAsync("bolt", ct);
        });

        sim.Run();

        Assert.Equal((false, (string)null!), result);
        Assert.Equal(S(2), gaveUpAt);
        Assert.Equal(["bolt"], shelf.Items);
    }

    [Fact]
    public void GetOrTimeout_ServedBeforeTheTimeout_ReturnsTheItem()
    {
        using var sim = new Simulation();
        var shelf = new PriorityStore<int>(sim, "shelf");
        (bool Got, int Item) result = default;
        sim.Start("taker", async ct => result = await shelf.GetOrTimeoutAsync(S(5), ct));
        sim.Start("maker", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            shelf.TryPut(7);
            shelf.TryPut(3);
        });

        sim.Run();

        Assert.Equal((true, 3), result);
        Assert.Equal([7], shelf.Items);
    }

    [Fact]
    public void FilterGetOrTimeout_GivesUpWhenNoItemMatches()
    {
        using var sim = new Simulation();
        var shelf = new FilterStore<string>(sim, "shelf");
        shelf.TryPut("nut");
        (bool Got, string Item) result = (true, "unset");
        sim.Start("picky", async ct => result = await shelf.GetOrTimeoutAsync(item => item == "bolt", S(1), ct));

        sim.Run();

        Assert.False(result.Got);
        Assert.Equal(["nut"], shelf.Items);
    }

    [Fact]
    public void PutOrTimeout_IntoAFullStore_GivesUp_AndTheItemNeverArrives()
    {
        using var sim = new Simulation();
        var shelf = new Store<string>(sim, "shelf", capacity: 1);
        shelf.TryPut("old");
        var put = true;
        var taken = new List<string>();
        sim.Start("maker", async ct => put = await shelf.PutOrTimeoutAsync("new", S(1), ct));
        sim.Start("taker", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            taken.Add(await shelf.GetAsync(ct));
            var (got, _) = await shelf.GetOrTimeoutAsync(S(1), ct);
            Assert.False(got);
        });

        sim.Run();

        Assert.False(put);
        Assert.Equal(["old"], taken);
        Assert.Empty(shelf.Items);
    }

    [Fact]
    public void ContainerGetOrTimeout_GivesUp_AndALaterPutIsNotTakenByIt()
    {
        using var sim = new Simulation();
        var tank = new Container(sim, "tank", capacity: 100, initial: 10);
        var got = true;
        var added = false;
        sim.Start("car", async ct => got = await tank.GetOrTimeoutAsync(30, S(1), ct));
        sim.Start("tanker", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            added = await tank.PutOrTimeoutAsync(50, S(1), ct);
        });

        sim.Run();

        Assert.False(got);
        Assert.True(added);
        Assert.Equal(60, tank.Level);
    }

    [Fact]
    public void ContainerPutOrTimeout_WithNoRoom_GivesUp_AndTheLevelStays()
    {
        using var sim = new Simulation();
        var tank = new Container(sim, "tank", capacity: 50, initial: 40);
        var added = true;
        sim.Start("tanker", async ct => added = await tank.PutOrTimeoutAsync(20, S(1), ct));

        sim.Run();

        Assert.False(added);
        Assert.Equal(40, tank.Level);
        Assert.Equal(S(1), sim.Now);
    }

    [Fact]
    public void GetOrTimeout_CancelledFirst_ThrowsAndLeavesTheQueue()
    {
        using var sim = new Simulation();
        var shelf = new Store<int>(sim, "shelf");
        Exception? caught = null;
        sim.Start("taker", async ct =>
        {
            using var cts = new CancellationTokenSource(S(1), sim.TimeProvider);
            try
            {
                await shelf.GetOrTimeoutAsync(S(5), cts.Token);
            }
            catch (OperationCanceledException e)
            {
                caught = e;
            }
        });
        sim.Start("maker", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            shelf.TryPut(1);
        });

        sim.Run();

        Assert.IsType<TaskCanceledException>(caught);
        Assert.Equal([1], shelf.Items);
        Assert.Equal(S(2), sim.Now);
    }

    [Fact]
    public void NegativeTimeout_IsRefusedByName()
    {
        using var sim = new Simulation();
        var shelf = new Store<int>(sim, "shelf");
        sim.Start("taker", async ct => await shelf.GetOrTimeoutAsync(S(-1), ct));

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Contains("shelf: a timeout must not be negative (got -1)", e.InnerException!.Message);
    }

    [Fact]
    public void ShopWithTimeouts_PrintsByteForByteWhatSimPyPrints()
    {
        // tests/data/simpy/timeouts/shop_timeouts.py, ported line for line.
        var output = new StringWriter { NewLine = "\n" };
        using var sim = new Simulation();
        var shelf = new Store<string>(sim, "shelf", capacity: 1);
        var tank = new Container(sim, "tank", capacity: 50, initial: 0);
        string Now() => F(sim.Now.TotalSeconds).PadLeft(4);
        sim.Start("maker", async ct =>
        {
            for (var i = 0; i < 6; i++)
            {
                await sim.DelayAsync(S(0.5), ct);
                var put = await shelf.PutOrTimeoutAsync($"part {i}", S(1), ct);
                output.WriteLine($"{Now()} maker {(put ? "put" : "dropped")} part {i}");
            }
        });
        void Taker(string name, double start, double patience, double work) => sim.Start(name, async ct =>
        {
            await sim.DelayAsync(S(start), ct);
            while (true)
            {
                var (got, item) = await shelf.GetOrTimeoutAsync(S(patience), ct);
                if (!got)
                {
                    output.WriteLine($"{Now()} {name} gave up");
                    return;
                }
                output.WriteLine($"{Now()} {name} took {item}");
                await sim.DelayAsync(S(work), ct);
            }
        });
        Taker("Ann", 2, 2, 3);
        Taker("Bob", 4, 4, 1);
        sim.Start("tanker", async ct =>
        {
            foreach (var amount in new[] { 30, 30, 30, 30 })
            {
                var put = await tank.PutOrTimeoutAsync(amount, S(1), ct);
                output.WriteLine($"{Now()} tanker {(put ? "delivered" : "left with")} {amount}, level {F(tank.Level, "0")}");
                await sim.DelayAsync(S(1), ct);
            }
        });
        void Car(string name, double start, double need, double patience) => sim.Start(name, async ct =>
        {
            await sim.DelayAsync(S(start), ct);
            var got = await tank.GetOrTimeoutAsync(need, S(patience), ct);
            output.WriteLine(got
                ? $"{Now()} {name} filled {F(need, "0")}, level {F(tank.Level, "0")}"
                : $"{Now()} {name} drove off, level {F(tank.Level, "0")}");
        });
        Car("car 1", 0.5, 20, 1);
        Car("car 2", 2.5, 40, 3);
        Car("car 3", 4, 10, 0.5);
        Car("car 4", 6, 45, 2);

        sim.Run();

        var expected = File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "simpy", "timeouts", "shop_timeouts.txt"));
        Assert.Equal(expected, output.ToString());
    }
}
