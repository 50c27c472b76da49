using System.Threading.Channels;
using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>Standard .NET async code runs unchanged on the simulation's virtual clock.</summary>
public sealed class TimeProviderTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void TaskDelay_WithSimulationTimeProvider_WaitsVirtualTime()
    {
        using var sim = new Simulation();
        var woke = TimeSpan.MinValue;
        sim.Start("sleeper", async ct =>
        {
            await Task.Delay(S(90), sim.TimeProvider, ct);
            woke = sim.Now;
        });

        sim.Run();

        Assert.Equal(S(90), woke);
        Assert.Equal(S(90), sim.Now);
    }

    [Fact]
    public void TimeProvider_UtcNowAndTimestamps_FollowVirtualClock()
    {
        var start = new DateTimeOffset(2024, 6, 16, 18, 0, 0, TimeSpan.Zero);
        using var sim = new Simulation(new SimulationOptions { StartTime = start });
        var seen = new List<DateTimeOffset>();
        TimeSpan elapsed = default;
        sim.Start("clock", async ct =>
        {
            var t0 = sim.TimeProvider.GetTimestamp();
            seen.Add(sim.TimeProvider.GetUtcNow());
            await sim.DelayAsync(S(2.5), ct);
            seen.Add(sim.TimeProvider.GetUtcNow());
            elapsed = sim.TimeProvider.GetElapsedTime(t0);
        });

        sim.Run();

        Assert.Equal([start, start.AddSeconds(2.5)], seen);
        Assert.Equal(S(2.5), elapsed);
    }

    [Fact]
    public void PeriodicTimer_TicksOnVirtualClock()
    {
        using var sim = new Simulation();
        var ticks = new List<double>();
        sim.Start("metronome", async ct =>
        {
            using var timer = new PeriodicTimer(S(0.5), sim.TimeProvider);
            while (ticks.Count < 4 && await timer.WaitForNextTickAsync(ct))
            {
                ticks.Add(sim.Now.TotalSeconds);
            }
        });

        sim.Run();

        Assert.Equal([0.5, 1.0, 1.5, 2.0], ticks);
    }

    [Fact]
    public void Run_EndsWhenEveryLineHasFinished_EvenWithATimerLeftRunning()
    {
        using var sim = new Simulation();
        var ticks = 0;
        sim.Start("careless", async ct =>
        {
            var timer = new PeriodicTimer(S(1), sim.TimeProvider);
            await timer.WaitForNextTickAsync(ct);
            ticks++;
        });

        sim.Run();

        Assert.Equal(1, ticks);
        Assert.Equal(S(1), sim.Now);
    }

    [Fact]
    public void CancellationTokenSource_WithDelay_CancelsAtVirtualTime()
    {
        using var sim = new Simulation();
        var cancelledAt = TimeSpan.MinValue;
        sim.Start("patient", async ct =>
        {
            using var timeout = new CancellationTokenSource(S(3), sim.TimeProvider);
            try
            {
                await sim.DelayAsync(S(10), timeout.Token);
            }
            catch (OperationCanceledException)
            {
                cancelledAt = sim.Now;
            }
        });

        sim.Run();

        Assert.Equal(S(3), cancelledAt);
        // The cancelled 10 s delay does not hold the clock back.
        Assert.Equal(S(3), sim.Now);
    }

    [Fact]
    public void Channel_PingPong_AlternatesDeterministically()
    {
        using var sim = new Simulation();
        var toPong = Channel.CreateUnbounded<int>();
        var toPing = Channel.CreateUnbounded<int>();
        var log = new List<string>();
        sim.Start("ping", async ct =>
        {
            for (var i = 0; i < 3; i++)
            {
                await toPong.Writer.WriteAsync(i, ct);
                var back = await toPing.Reader.ReadAsync(ct);
                log.Add($"ping got {back} at {sim.Now.TotalSeconds}");
                await sim.DelayAsync(S(1), ct);
            }
            toPong.Writer.Complete();
        });
        sim.Start("pong", async ct =>
        {
            while (await toPong.Reader.WaitToReadAsync(ct))
            {
                var value = await toPong.Reader.ReadAsync(ct);
                log.Add($"pong got {value}");
                await toPing.Writer.WriteAsync(value * 10, ct);
            }
        });

        sim.Run();

        Assert.Equal(["pong got 0", "ping got 0 at 0", "pong got 1", "ping got 10 at 1", "pong got 2", "ping got 20 at 2"], log);
    }

    [Fact]
    public void Channel_AwaitForeachWithSynchronousContinuations_StaysOnTheLoop()
    {
        // ReadAllAsync awaits with ConfigureAwait(false) inside; with synchronous continuations allowed, that
        // continuation runs inline on the loop instead of on the thread pool.
        using var sim = new Simulation();
        var channel = Channel.CreateUnbounded<int>(new UnboundedChannelOptions { AllowSynchronousContinuations = true });
        var received = new List<(int Value, double At)>();
        sim.Start("producer", async ct =>
        {
            for (var i = 1; i <= 3; i++)
            {
                await sim.DelayAsync(S(i), ct);
                await channel.Writer.WriteAsync(i, ct);
            }
            channel.Writer.Complete();
        });
        sim.Start("consumer", async ct =>
        {
            await foreach (var value in channel.Reader.ReadAllAsync(ct))
            {
                received.Add((value, sim.Now.TotalSeconds));
            }
        });

        sim.Run();

        Assert.Equal([(1, 1.0), (2, 3.0), (3, 6.0)], received);
    }

    [Fact]
    public void WhenAllAndWhenAny_OverLinesEventsAndDelays_Work()
    {
        using var sim = new Simulation();
        var whenAll = TimeSpan.MinValue;
        var whenAny = TimeSpan.MinValue;
        var kickoff = sim.CreateEvent("kick-off");
        sim.Start("coach", async ct =>
        {
            var a = sim.Start("a", c => sim.DelayAsync(S(2), c));
            var b = sim.Start("b", c => Task.Delay(S(5), sim.TimeProvider, c));
            await Task.WhenAll(a.Completion, b.Completion);
            whenAll = sim.Now;
            var first = await Task.WhenAny(kickoff.WaitAsync(ct), sim.DelayAsync(S(100), ct));
            whenAny = sim.Now;
            Assert.True(first.IsCompletedSuccessfully);
        });
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(7), ct);
            kickoff.Set();
        });

        sim.Run();

        Assert.Equal(S(5), whenAll);
        Assert.Equal(S(7), whenAny);
    }

    [Fact]
    public void LineOfT_AwaitedByAnotherLine_GivesItsResult()
    {
        using var sim = new Simulation();
        var total = 0;
        sim.Start("sum", async ct =>
        {
            var x = sim.Start("x", async c => { await sim.DelayAsync(S(1), c); return 20; });
            var y = sim.Start("y", async c => { await sim.DelayAsync(S(2), c); return 22; });
            total = await x + await y;
        });

        sim.Run();

        Assert.Equal(42, total);
        Assert.Equal(S(2), sim.Now);
    }
}
