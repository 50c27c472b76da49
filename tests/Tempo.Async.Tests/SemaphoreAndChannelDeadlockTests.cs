using System.Threading.Channels;
using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>
/// Deadlocks through SemaphoreSlims and Channels taken, read and written through the simulation
/// (<see cref="SemaphoreSlimExtensions"/>, <see cref="ChannelExtensions"/>) name each waiting line, what it waits
/// for, and the lines on the other side: who holds the semaphore, who has written to or read from the channel.
/// </summary>
public sealed class SemaphoreAndChannelDeadlockTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void TwoSemaphoresTakenInOppositeOrder_NameWhoHoldsWhatTheOtherWaitsFor()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "workshop" });
        using var saw = new SemaphoreSlim(1);
        using var drill = new SemaphoreSlim(1);
        sim.Start("Ann", async ct =>
        {
            await saw.WaitAsync(sim, ct);
            await sim.DelayAsync(S(1), ct);
            await drill.WaitAsync(sim, ct);
        });
        sim.Start("Bob", async ct =>
        {
            await sim.DelayAsync(S(0.5), ct);
            await drill.WaitAsync(sim, ct);
            await sim.DelayAsync(S(1), ct);
            await saw.WaitAsync(sim, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [("Ann", "semaphore 'drill' held by 'Bob' since t=0.5 (none free)"), ("Bob", "semaphore 'saw' held by 'Ann' since t=0 (none free)")],
            e.WaitForList);
        Assert.Equal(
            "deadlock in simulation 'workshop' at t=1.5: every line of control is waiting and no timer is pending: " +
            "'Ann' waits for semaphore 'drill' held by 'Bob' since t=0.5 (none free); 'Bob' waits for semaphore 'saw' held by 'Ann' since t=0 (none free)",
            e.Message);
    }

    [Fact]
    public void AReleaseThroughTheSimulation_ForgetsTheHolder_AndASignalGivesBackTheOldestHold()
    {
        using var sim = new Simulation();
        using var pump = new SemaphoreSlim(1);
        sim.Start("car 1", async ct =>
        {
            await pump.WaitAsync(sim, ct);
            await sim.DelayAsync(S(1), ct);
            pump.Release(sim);
        });
        sim.Start("car 2", async ct => await pump.WaitAsync(sim, ct));
        sim.Start("car 3", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            await pump.WaitAsync(sim, ct);
        });
        sim.Start("attendant", async ct =>
        {
            await sim.DelayAsync(S(3), ct);
            pump.Release(sim);
        });
        sim.Start("car 4", async ct =>
        {
            await sim.DelayAsync(S(4), ct);
            await pump.WaitAsync(sim, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        // car 1 released its own hold at t=1 and car 2 took the pump; the attendant's release at t=3 (a signal: it
        // held nothing) gave back the oldest hold, car 2's, and let car 3 in.
        Assert.Equal([("car 4", "semaphore 'pump' held by 'car 3' since t=3 (none free)")], e.WaitForList);
    }

    [Fact]
    public void ALineWaitingForASemaphore_NamesEveryHolder_InTheOrderTheyTookIt()
    {
        using var sim = new Simulation();
        using var pumps = new SemaphoreSlim(2);
        sim.Start("car 1", async ct => await pumps.WaitAsync(sim, ct));
        sim.Start("car 2", async ct =>
        {
            await sim.DelayAsync(S(0.25), ct);
            await pumps.WaitAsync(sim, ct);
        });
        sim.Start("car 3", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            await pumps.WaitAsync(sim, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("car 3", "semaphore 'pumps' held by 'car 1' since t=0, 'car 2' since t=0.25 (none free)")], e.WaitForList);
    }

    [Fact]
    public void TwoChannelsEachReadOnceTooOften_NameTheLinesThatHaveWrittenToThem()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "relay" });
        var requests = Channel.CreateUnbounded<int>();
        var replies = Channel.CreateUnbounded<int>();
        sim.Start("client", async ct =>
        {
            await requests.WriteAsync(sim, 1, ct);
            await replies.ReadAsync(sim, ct);
            await replies.ReadAsync(sim, ct);
        });
        sim.Start("server", async ct =>
        {
            while (true)
            {
                var request = await requests.ReadAsync(sim, ct);
                await sim.DelayAsync(S(1), ct);
                await replies.WriteAsync(sim, request, ct);
            }
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [("client", "an item from channel 'replies' (empty; written to by 'server')"), ("server", "an item from channel 'requests' (empty; written to by 'client')")],
            e.WaitForList);
        Assert.StartsWith("deadlock in simulation 'relay' at t=1: every line of control is waiting and no timer is pending: 'client' waits for an item from channel 'replies'", e.Message);
    }

    [Fact]
    public void TwoFullBoundedChannels_NameTheLinesThatHaveReadFromThem()
    {
        using var sim = new Simulation();
        var toB = Channel.CreateBounded<int>(1);
        var toA = Channel.CreateBounded<int>(1);
        sim.Start("A", async ct =>
        {
            await toB.WriteAsync(sim, 1, ct);
            await toA.ReadAsync(sim, ct);
            await toB.WriteAsync(sim, 2, ct);
            await toB.WriteAsync(sim, 3, ct);
        });
        sim.Start("B", async ct =>
        {
            await toA.WriteAsync(sim, 1, ct);
            await toB.ReadAsync(sim, ct);
            await toA.WriteAsync(sim, 2, ct);
            await toA.WriteAsync(sim, 3, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [("A", "room in channel 'toB' (full: 1 items; read from by 'B')"), ("B", "room in channel 'toA' (full: 1 items; read from by 'A')")],
            e.WaitForList);
    }

    [Fact]
    public void AChannelWhoseWritersHaveFinished_SaysNoRunningLineCanFillIt()
    {
        using var sim = new Simulation();
        var orders = Channel.CreateUnbounded<string>();
        sim.Start("till", async ct => await orders.WriteAsync(sim, "tea", ct));
        sim.Start("barista", async ct =>
        {
            await orders.ReadAsync(sim, ct);
            await orders.ReadAsync(sim, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("barista", "an item from channel 'orders' (empty; no running line has written to it through the simulation)")], e.WaitForList);
    }

    [Fact]
    public void SemaphoreAgainstResource_NamesTheHolderOnEachSide()
    {
        using var sim = new Simulation();
        using var saw = new SemaphoreSlim(1);
        var drill = new Resource(sim, "drill");
        sim.Start("Ann", async ct =>
        {
            await saw.WaitAsync(sim, ct);
            await sim.DelayAsync(S(1), ct);
            using var bit = await drill.RequestAsync(ct);
        });
        sim.Start("Bob", async ct =>
        {
            using var bit = await drill.RequestAsync(ct);
            await sim.DelayAsync(S(1), ct);
            await saw.WaitAsync(sim, ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [("Ann", "resource 'drill' held by 'Bob'"), ("Bob", "semaphore 'saw' held by 'Ann' since t=0 (none free)")],
            e.WaitForList);
    }

    [Fact]
    public void ChannelAgainstSemaphoreAndStore_NameEachWaitAndItsOtherSide()
    {
        using var sim = new Simulation();
        using var key = new SemaphoreSlim(1);
        var notes = Channel.CreateUnbounded<string>();
        var parcels = new Store<string>(sim, "parcels");
        sim.Start("clerk", async ct =>
        {
            await key.WaitAsync(sim, ct);
            await notes.WriteAsync(sim, "open", ct);
            await parcels.GetAsync(ct);
        });
        sim.Start("courier", async ct =>
        {
            await notes.ReadAsync(sim, ct);
            await notes.ReadAsync(sim, ct);
        });
        sim.Start("porter", async ct =>
        {
            await key.WaitAsync(sim, ct);
            await parcels.PutAsync("box", ct);
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal(
            [
                ("clerk", "an item from store 'parcels' (empty; waiting to put: nobody)"),
                ("courier", "an item from channel 'notes' (empty; written to by 'clerk')"),
                ("porter", "semaphore 'key' held by 'clerk' since t=0 (none free)"),
            ],
            e.WaitForList);
    }

    [Fact]
    public void TheSameDeadlock_GivesTheSameMessage_EveryRun()
    {
        var messages = Enumerable.Range(0, 5).Select(_ => RunTwoSemaphoreDeadlock()).Distinct().ToList();

        Assert.Single(messages);
        Assert.DoesNotContain("thread", messages[0], StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void AWaitForASemaphore_IsATraceSpanNamingIt_AndAnInterruptEndsIt_WithoutTakingASlot()
    {
        using var sim = new Simulation();
        using var gate = new SemaphoreSlim(0);
        var outcome = "";
        var waiter = sim.Start("waiter", async ct =>
        {
            try
            {
                await gate.WaitAsync(sim, ct);
                outcome = "took it";
            }
            catch (InterruptException)
            {
                outcome = $"interrupted at t={TimeFormat.Seconds(sim.Now)}";
            }
        });
        sim.Start("boss", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            waiter.Interrupt();
        });

        sim.Run();

        Assert.Equal("interrupted at t=2", outcome);
        Assert.Equal(0, gate.CurrentCount);
        Assert.Contains(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "semaphore 'gate'"), waiter.Trace.Spans);
    }

    [Fact]
    public void ASlotGrantedToACancelledWait_GoesToTheNextWaiter_AtTheSameInstant()
    {
        using var sim = new Simulation();
        using var gate = new SemaphoreSlim(0);
        var taken = TimeSpan.MinValue;
        var impatient = sim.Start("impatient", async ct => await gate.WaitAsync(sim, ct));
        sim.Start("patient", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            await gate.WaitAsync(sim, ct);
            taken = sim.Now;
        });
        sim.Start("keeper", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            impatient.Cancel();
            await sim.DelayAsync(S(1), ct);
            gate.Release(sim);
        });

        sim.Run();

        Assert.True(impatient.Completion.IsCanceled);
        Assert.Equal(S(3), taken);
        Assert.Equal(0, gate.CurrentCount);
    }

    [Fact]
    public void AnInterruptedChannelRead_LeavesTheNextItemInTheChannel()
    {
        using var sim = new Simulation();
        var inbox = Channel.CreateUnbounded<string>();
        var outcome = "";
        var reader = sim.Start("reader", async ct =>
        {
            try
            {
                outcome = await inbox.ReadAsync(sim, ct);
            }
            catch (InterruptException)
            {
                outcome = $"interrupted at t={TimeFormat.Seconds(sim.Now)}";
            }
        });
        sim.Start("writer", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            reader.Interrupt();
            await sim.DelayAsync(S(1), ct);
            await inbox.WriteAsync(sim, "letter", ct);
        });

        sim.Run();

        Assert.Equal("interrupted at t=1", outcome);
        Assert.Equal(1, inbox.Reader.Count);
        Assert.Contains(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(1), "channel 'inbox'"), reader.Trace.Spans);
    }

    private static string RunTwoSemaphoreDeadlock()
    {
        using var sim = new Simulation();
        using var left = new SemaphoreSlim(1);
        using var right = new SemaphoreSlim(1);
        for (var i = 0; i < 4; i++)
        {
            var (first, second) = i % 2 == 0 ? (left, right) : (right, left);
            var (firstName, secondName) = i % 2 == 0 ? ("left", "right") : ("right", "left");
            sim.Start($"line {i}", async ct =>
            {
                await first.WaitAsync(sim, ct, firstName);
                await sim.DelayAsync(S(1), ct);
                await second.WaitAsync(sim, ct, secondName);
            });
        }
        return Assert.Throws<DeadlockException>(sim.Run).Message;
    }
}
