using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>Bad input and misuse fail loudly, name the line, and leave the timeline recorded up to the failure.</summary>
public sealed class MisuseTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Deadlock_ReportsWhoWaitsForWhat()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "standoff" });
        var ping = sim.CreateEvent("ping sent");
        var pong = sim.CreateEvent("pong sent");
        sim.Start("alice", async ct => { await pong.WaitAsync(ct); ping.Set(); });
        sim.Start("bob", async ct => { await sim.DelayAsync(S(2), ct); await ping.WaitAsync(ct); pong.Set(); });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("alice", "pong sent"), ("bob", "ping sent")], e.WaitForList);
        Assert.Contains("t=2", e.Message);
        Assert.Contains("'alice' waits for pong sent", e.Message);
        Assert.Equal(S(2), sim.Now);
    }

    [Fact]
    public void Deadlock_OnAnotherLine_NamesTheLine()
    {
        using var sim = new Simulation();
        sim.Start("a", async ct =>
        {
            var never = sim.Start("b", c => sim.WaitUntilAsync("pigs fly", () => false, c));
            await never;
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("a", "b"), ("b", "pigs fly")], e.WaitForList);
    }

    [Fact]
    public void LineThatThrows_FailsRunWithItsName_AndTraceKeepsEverythingBefore()
    {
        using var sim = new Simulation();
        sim.Start("steady", c => sim.DelayAsync(S(10), c));
        sim.Start("#7", async ct =>
        {
            await sim.WorkAsync(S(3), "dribbling", ct);
            throw new InvalidOperationException("lost the ball");
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Equal("#7", e.LineName);
        Assert.Equal(S(3), e.Time);
        Assert.IsType<InvalidOperationException>(e.InnerException);
        Assert.Equal("line '#7' failed at t=3: InvalidOperationException: lost the ball", e.Message);
        var seven = sim.Trace.Lines[1];
        Assert.Equal([SpanState.Running, SpanState.Faulted], seven.Spans.Select(s => s.State));
        Assert.Equal("dribbling", seven.Spans[0].Label);
        Assert.Equal(S(3), seven.Spans[0].End);
        Assert.Contains("lost the ball", seven.Spans[1].Label);
    }

    [Fact]
    public void LineThatThrows_WhenAwaited_PassesItsExceptionToTheAwaiter()
    {
        using var sim = new Simulation();
        string? caught = null;
        sim.Start("captain", async ct =>
        {
            try
            {
                await sim.Start("striker", async c => { await sim.DelayAsync(S(1), c); throw new InvalidOperationException("offside"); });
            }
            catch (InvalidOperationException e)
            {
                caught = e.Message;
            }
        });

        sim.Run();

        Assert.Equal("offside", caught);
    }

    [Fact]
    public void NegativeDelay_IsRejectedWithTheLineName()
    {
        using var sim = new Simulation();
        sim.Start("#5", c => sim.DelayAsync(S(-1), c));

        var e = Assert.Throws<LineFailedException>(sim.Run);

        var inner = Assert.IsType<ArgumentOutOfRangeException>(e.InnerException);
        Assert.Contains("line '#5': a delay must not be negative (got -1)", inner.Message);
    }

    [Fact]
    public void StartAfterTheSimulationEnded_Throws()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "match" });
        sim.Start("first half", c => sim.DelayAsync(S(45), c));
        sim.Run();

        var e = Assert.Throws<InvalidOperationException>(() => sim.Start("extra time", _ => Task.CompletedTask));

        Assert.Equal("cannot start line 'extra time': simulation 'match' has ended", e.Message);
    }

    [Fact]
    public void AwaitingALineFromOutsideTheLoop_Throws()
    {
        using var sim = new Simulation();
        var line = sim.Start("runner", c => sim.DelayAsync(S(5), c));

        var e = Assert.Throws<InvalidOperationException>(() => line.GetAwaiter());

        Assert.Contains("line 'runner' cannot be awaited from outside the simulation", e.Message);
        sim.Run();
        Assert.True(line.Completion.IsCompletedSuccessfully);
        Assert.True(line.GetAwaiter().IsCompleted);
    }

    [Fact]
    public void TaskRunInsideALine_IsReportedNamingTheLine()
    {
        using var sim = new Simulation();
        // The thread-pool work ends only once another line has run, so the escaper's await never finds it done (a busy
        // machine could otherwise leave a line's step more than a short sleep behind its Task.Run).
        using var gate = new ManualResetEventSlim();
        sim.Start("escaper", async ct =>
        {
            await Task.Run(() => gate.Wait(TimeSpan.FromSeconds(30)), ct);
            await sim.DelayAsync(S(1), ct);
        });
        sim.Start("opener", async ct =>
        {
            await sim.DelayAsync(S(0.5), ct);
            gate.Set();
        });

        var e = Assert.Throws<SimulationMisuseException>(sim.Run);

        Assert.Equal("escaper", e.LineName);
        Assert.Contains("line 'escaper'", e.Message);
        Assert.Contains("thread pool", e.Message);
    }

    [Fact]
    public void ConfigureAwaitFalseInsideALine_IsReportedNamingTheLine()
    {
        using var sim = new Simulation();
        sim.Start("drifter", async ct =>
        {
            await Task.Delay(S(1), sim.TimeProvider, ct).ConfigureAwait(false);
            await sim.DelayAsync(S(1), ct);
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        var misuse = Assert.IsType<SimulationMisuseException>(e.InnerException);
        Assert.Equal("drifter", misuse.LineName);
        Assert.Contains("ConfigureAwait(false)", misuse.Message);
    }

    [Fact]
    public void RunInsideALine_Throws()
    {
        using var sim = new Simulation();
        sim.Start("nested", _ =>
        {
            sim.Run();
            return Task.CompletedTask;
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Contains("already running", e.InnerException!.Message);
    }
}
