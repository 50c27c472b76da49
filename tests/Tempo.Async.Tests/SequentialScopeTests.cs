using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>A sequential scope: its lines take turns while the rest of the simulation goes on concurrently.</summary>
public sealed class SequentialScopeTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    /// <summary>A line outside any scope that moves a position one step every half second, as the soccer world does.</summary>
    private static Func<double> StartPhysics(Simulation sim)
    {
        var position = 0.0;
        sim.Start("physics", async ct =>
        {
            while (sim.Now < S(10))
            {
                await sim.DelayAsync(S(0.5), ct);
                position += 1;
            }
        });
        return () => position;
    }

    [Fact]
    public void ScopeLinesTakeTurns_WhileLinesOutsideGoOn()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        sim.Start("clock", async ct =>
        {
            for (var i = 1; i <= 5; i++)
            {
                await sim.DelayAsync(S(1), ct);
                log.Add($"tick@{sim.Now.TotalSeconds}");
            }
        });
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        foreach (var name in new[] { "a", "b" })
        {
            team.Start(name, async ct =>
            {
                await sim.WorkAsync(S(1.5), "run", ct);
                log.Add($"{name}@{sim.Now.TotalSeconds}");
            });
        }

        sim.Run();

        // Concurrently a and b would both finish at 1.5; taking turns b starts when a has finished. The clock never waits.
        // At t=3 b comes first: its work was scheduled (at 1.5) before the clock's third tick (at 2).
        Assert.Equal(["tick@1", "a@1.5", "tick@2", "b@3", "tick@3", "tick@4", "tick@5"], log);
        var b = sim.Trace.Lines.Single(l => l.Name == "b").Spans;
        Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(1.5), "its turn"), b[0]);
        Assert.Equal(new TimelineSpan(SpanState.Running, S(1.5), S(3), "run"), b[1]);
    }

    [Fact]
    public void LineWaitingForSomethingElse_PassesTheTurn_AndResumesWhenTheNextHasFinished()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var whistle = sim.CreateEvent("whistle");
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            whistle.Set();
        });
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("a", async ct =>
        {
            await whistle.WaitAsync(ct);
            log.Add($"a heard the whistle@{sim.Now.TotalSeconds}");
        });
        team.Start("b", async ct =>
        {
            await sim.WorkAsync(S(4), "warm up", ct);
            log.Add($"b@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        // a blocks on the event (not its own work), so b gets the turn at once; a goes on only after b has finished.
        Assert.Equal(["b@4", "a heard the whistle@4"], log);
    }

    [Fact]
    public void WorkUntil_KeepsTheTurn_AndRecordsRunning()
    {
        using var sim = new Simulation();
        var position = StartPhysics(sim);
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("runner", async ct =>
        {
            await sim.WorkUntilAsync("run to 4", () => position() >= 4, ct);
            log.Add($"runner@{sim.Now.TotalSeconds}");
        });
        team.Start("next", async ct =>
        {
            await sim.WorkAsync(S(1), "shoot", ct);
            log.Add($"next@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        Assert.Equal(["runner@2", "next@3"], log);
        var runner = sim.Trace.Lines.Single(l => l.Name == "runner");
        Assert.Equal(new TimelineSpan(SpanState.Running, TimeSpan.Zero, S(2), "run to 4"), runner.Spans[0]);
        // Nobody woke the runner: the condition ended his own work, so no link is drawn to him.
        Assert.DoesNotContain(sim.Trace.Links, l => l.ToLineId == runner.Id);
    }

    [Fact]
    public void WaitUntil_InASequentialScope_PassesTheTurn()
    {
        using var sim = new Simulation();
        var position = StartPhysics(sim);
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("watcher", async ct =>
        {
            await sim.WaitUntilAsync("position 4", () => position() >= 4, ct);
            log.Add($"watcher@{sim.Now.TotalSeconds}");
        });
        team.Start("next", async ct =>
        {
            await sim.WorkAsync(S(3), "shoot", ct);
            log.Add($"next@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        Assert.Equal(["next@3", "watcher@3"], log);
    }

    [Fact]
    public void SameRun_TwiceGivesTheSameTrace()
    {
        static string Run()
        {
            using var sim = new Simulation(new SimulationOptions { Seed = 7 });
            sim.Start("world", async ct =>
            {
                for (var i = 0; i < 20; i++)
                {
                    await sim.DelayAsync(S(sim.Random.NextDouble()), ct);
                }
            });
            var team = sim.OpenScope("team", ExecutionMode.Sequential);
            for (var n = 0; n < 4; n++)
            {
                team.Start($"p{n}", async ct =>
                {
                    for (var i = 0; i < 3; i++)
                    {
                        await sim.WorkAsync(S(sim.Random.NextDouble()), "step", ct);
                    }
                });
            }
            sim.Run();
            return ChromeTraceWriter.Write([sim.Trace]);
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void BusyAsync_RecordsOneRunningSpanPerActivity_AndKeepsTheTurn()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("presser", async ct =>
        {
            for (var i = 0; i < 4; i++)
            {
                await sim.BusyAsync(S(0.5), i < 2 ? "press #10" : "guard zone", ct);
            }
            log.Add($"presser@{sim.Now.TotalSeconds}");
        });
        team.Start("next", async ct =>
        {
            await sim.BusyAsync(S(1), "shoot", ct);
            log.Add($"next@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        Assert.Equal(["presser@2", "next@3"], log);
        var spans = sim.Trace.Lines.Single(l => l.Name == "presser").Spans.Where(s => s.State == SpanState.Running).ToList();
        Assert.Equal([new TimelineSpan(SpanState.Running, TimeSpan.Zero, S(1), "press #10"), new TimelineSpan(SpanState.Running, S(1), S(2), "guard zone")], spans);
    }

    [Fact]
    public void WaitUntil_WithACause_DrawsTheLinkFromIt_NotFromTheLineThatSteppedTheWorld()
    {
        using var sim = new Simulation();
        var position = StartPhysics(sim);
        var runner = sim.Start("runner", ct => sim.WorkUntilAsync("run to 3", () => position() >= 3, ct));
        sim.Start("watcher", ct => sim.WaitUntilAsync("runner at 3", () => position() >= 3, runner, ct));
        sim.Start("plain", ct => sim.WaitUntilAsync("position 3", () => position() >= 3, ct));

        sim.Run();

        string Name(int id) => sim.Trace.Lines[id].Name;
        Assert.Contains(sim.Trace.Links, l => Name(l.FromLineId) == "runner" && Name(l.ToLineId) == "watcher" && l.Label == "runner at 3");
        Assert.Contains(sim.Trace.Links, l => Name(l.FromLineId) == "physics" && Name(l.ToLineId) == "plain");
    }

    [Fact]
    public void WaitUntil_WithACauseFromAnotherSimulation_IsRefused()
    {
        using var other = new Simulation();
        var stranger = other.Start("stranger", ct => Task.CompletedTask);
        using var sim = new Simulation();
        Exception? refused = null;
        sim.Start("watcher", ct =>
        {
            refused = Record.Exception(() => { _ = sim.WaitUntilAsync("never", () => false, stranger, ct); });
            return Task.CompletedTask;
        });
        sim.Run();
        var e = Assert.IsType<ArgumentException>(refused);
        Assert.Contains("'stranger' belongs to another simulation", e.Message, StringComparison.Ordinal);
    }
}
