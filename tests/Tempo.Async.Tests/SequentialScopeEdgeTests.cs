using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>
/// Edge cases of a sequential scope: cancellation, faults and interrupts while lines wait for their turn, deadlocks,
/// nesting, several scopes side by side, lines awaiting each other, conditions, determinism and stopping mid-turn.
/// </summary>
public sealed class SequentialScopeEdgeTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    private static LineOfControlTrace TraceOf(Simulation sim, string name) => sim.Trace.Lines.Single(l => l.Name == name);

    [Fact]
    public void CancellingTheScope_EndsLinesWaitingForTheirTurn_CancelledAtOnce_WithoutRunningThem()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        var lines = new[] { "a", "b", "c" }.Select(name => team.Start(name, async ct =>
        {
            log.Add($"{name} started@{sim.Now.TotalSeconds}");
            await sim.WorkAsync(S(5), "run", ct);
            log.Add($"{name} done@{sim.Now.TotalSeconds}");
        })).ToList();
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            team.Cancel();
            await team.WaitAsync(ct);
            log.Add($"scope over@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        Assert.Equal(["a started@0", "scope over@1"], log);
        Assert.All(lines, l => Assert.True(l.Completion.IsCanceled, l.Name));
        Assert.Equal(S(1), sim.Now);
        foreach (var name in new[] { "b", "c" })
        {
            var spans = TraceOf(sim, name).Spans;
            Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(1), "its turn"), spans[0]);
            Assert.Equal(new TimelineSpan(SpanState.Cancelled, S(1), S(1), null), spans[^1]);
            Assert.Equal(2, spans.Count);
        }
        Assert.Equal(SpanState.Cancelled, TraceOf(sim, "a").Spans[^1].State);
    }

    [Fact]
    public void CancellingTheLineThatOpenedTheScope_CancelsTheLinesWaitingForTheirTurn()
    {
        using var sim = new Simulation();
        var started = new List<string>();
        var coach = sim.Start("coach", async ct =>
        {
            await using var team = sim.OpenScope("team", ExecutionMode.Sequential, ct);
            foreach (var name in new[] { "a", "b", "c" })
            {
                _ = team.Start(name, async c =>
                {
                    started.Add(name);
                    await sim.WorkAsync(S(4), "drill", c);
                });
            }
        });
        sim.Start("chairman", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            coach.Cancel();
        });

        sim.Run();

        Assert.Equal(["a"], started);
        Assert.True(coach.Completion.IsCanceled);
        Assert.Equal(S(2), sim.Now);
        Assert.All(new[] { "a", "b", "c", "coach" }, name => Assert.Equal(SpanState.Cancelled, TraceOf(sim, name).Spans[^1].State));
        Assert.All(new[] { "a", "b", "c", "coach" }, name => Assert.Equal(S(2), TraceOf(sim, name).Spans[^1].Start));
    }

    [Fact]
    public void CancellingOneLineWaitingForItsTurn_EndsIt_AndTheOthersKeepTheirOrder()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        LineOfControl Add(string name, double seconds) => team.Start(name, async ct =>
        {
            await sim.WorkAsync(S(seconds), "work", ct);
            log.Add($"{name}@{sim.Now.TotalSeconds}");
        });
        Add("a", 3);
        var b = Add("b", 3);
        Add("c", 1);
        sim.Start("manager", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            b.Cancel();
        });

        sim.Run();

        Assert.Equal(["a@3", "c@4"], log);
        Assert.True(b.Completion.IsCanceled);
        var spans = TraceOf(sim, "b").Spans;
        Assert.Equal([new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(1), "its turn"), new TimelineSpan(SpanState.Cancelled, S(1), S(1), null)], spans);
        Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(3), "its turn"), TraceOf(sim, "c").Spans[0]);
    }

    [Fact]
    public void FaultInTheScope_CancelsTheWaitingLines_NeverStartsThePending_AndSurfacesFromWaitAsync()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var whistle = sim.CreateEvent("whistle");
        LineFailedException? surfaced = null;
        LineOfControl? waiter = null, pending = null;
        sim.Start("coach", async ct =>
        {
            var team = sim.OpenScope("team", ExecutionMode.Sequential, ct);
            waiter = team.Start("waiter", async c =>
            {
                await whistle.WaitAsync(c);
                log.Add("waiter heard the whistle");
            });
            _ = team.Start("striker", async c =>
            {
                await sim.WorkAsync(S(2), "dribble", c);
                throw new InvalidOperationException("pulled a hamstring");
            });
            pending = team.Start("pending", async c =>
            {
                log.Add("pending started");
                await sim.WorkAsync(S(1), "run", c);
            });
            try
            {
                await team.WaitAsync(ct);
            }
            catch (LineFailedException e)
            {
                surfaced = e;
            }
        });

        sim.Run();

        Assert.NotNull(surfaced);
        Assert.Equal("striker", surfaced.LineName);
        Assert.Equal(S(2), surfaced.Time);
        Assert.Empty(log);
        Assert.True(waiter!.Completion.IsCanceled);
        Assert.True(pending!.Completion.IsCanceled);
        Assert.Equal(S(2), sim.Now);
        Assert.Equal([new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "its turn"), new TimelineSpan(SpanState.Cancelled, S(2), S(2), null)], TraceOf(sim, "pending").Spans);
        Assert.Equal(new TimelineSpan(SpanState.Cancelled, S(2), S(2), null), TraceOf(sim, "waiter").Spans[^1]);
        Assert.Equal(SpanState.Faulted, TraceOf(sim, "striker").Spans[^1].State);
    }

    [Fact]
    public void UnobservedFaultInAScopeOpenedOutsideLines_StillCancelsThePendingLines()
    {
        using var sim = new Simulation();
        var started = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("striker", async c =>
        {
            started.Add("striker");
            await sim.WorkAsync(S(1), "dribble", c);
            throw new InvalidOperationException("red card");
        });
        var next = team.Start("next", async c =>
        {
            started.Add("next");
            await sim.WorkAsync(S(1), "run", c);
        });

        sim.Run();

        Assert.Equal(["striker"], started);
        Assert.True(next.Completion.IsCanceled);
        Assert.Equal("striker", team.Fault!.LineName);
        Assert.Equal(S(1), sim.Now);
    }

    [Fact]
    public void InterruptingALineWaitingForItsTurn_ReachesItsFirstWait_WhenItsTurnComes()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("a", async ct =>
        {
            await sim.WorkAsync(S(2), "run", ct);
            log.Add($"a@{sim.Now.TotalSeconds}");
        });
        var b = team.Start("b", async ct =>
        {
            log.Add($"b started@{sim.Now.TotalSeconds}");
            try
            {
                await sim.WorkAsync(S(5), "run", ct);
                log.Add($"b ran@{sim.Now.TotalSeconds}");
            }
            catch (InterruptException e)
            {
                log.Add($"b interrupted ({e.Cause})@{sim.Now.TotalSeconds}");
            }
            await sim.WorkAsync(S(1), "recover", ct);
            log.Add($"b@{sim.Now.TotalSeconds}");
        });
        team.Start("c", async ct =>
        {
            await sim.WorkAsync(S(1), "run", ct);
            log.Add($"c@{sim.Now.TotalSeconds}");
        });
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            b.Interrupt("offside");
        });

        sim.Run();

        Assert.Equal(["a@2", "b started@2", "b interrupted (offside)@2", "b@3", "c@4"], log);
    }

    [Fact]
    public void InterruptingALineThatPassedTheTurn_ResumesIt_OnlyWhenTheLinesAfterItHaveFinished()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var never = sim.CreateEvent("never");
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        var a = team.Start("a", async ct =>
        {
            try
            {
                await never.WaitAsync(ct);
            }
            catch (InterruptException)
            {
                log.Add($"a interrupted@{sim.Now.TotalSeconds}");
            }
        });
        team.Start("b", async ct =>
        {
            await sim.WorkAsync(S(3), "run", ct);
            log.Add($"b@{sim.Now.TotalSeconds}");
        });
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            a.Interrupt();
        });

        sim.Run();

        Assert.Equal(["b@3", "a interrupted@3"], log);
    }

    [Fact]
    public void DeadlockInsideASequentialScope_NamesEveryLineAndWhatItWaitsFor()
    {
        using var sim = new Simulation(new SimulationOptions { Name = "stuck" });
        var never = sim.CreateEvent("the whistle");
        sim.Start("ticker", async ct =>
        {
            for (var i = 0; i < 3; i++)
            {
                await sim.DelayAsync(S(1), ct);
            }
        });
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        foreach (var name in new[] { "a", "b", "c" })
        {
            team.Start(name, async ct =>
            {
                await sim.WorkAsync(S(0.5), "warm up", ct);
                await never.WaitAsync(ct);
            });
        }

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("a", "the whistle"), ("b", "the whistle"), ("c", "the whistle")], e.WaitForList);
        Assert.Equal(S(3), sim.Now);
        Assert.Contains("'c' waits for the whistle", e.Message);
    }

    [Fact]
    public void DeadlockBehindAHolderStuckInItsOwnWork_ListsTheLinesThatNeverStarted()
    {
        using var sim = new Simulation();
        var coach = sim.Start("coach", async ct =>
        {
            await using var team = sim.OpenScope("team", ExecutionMode.Sequential, ct);
            _ = team.Start("a", c => sim.WorkUntilAsync("run to the moon", () => false, c));
            _ = team.Start("b", c => sim.WorkAsync(S(1), "run", c));
            _ = team.Start("c", c => sim.WorkAsync(S(1), "run", c));
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        Assert.Equal([("coach", "scope team"), ("a", "run to the moon"), ("b", "its turn (not started)"), ("c", "its turn (not started)")], e.WaitForList);
    }

    [Fact]
    public void DeadlockWhereAWokenLineWaitsForItsTurnBack_SaysSo()
    {
        using var sim = new Simulation();
        var whistle = sim.CreateEvent("whistle");
        var never = sim.CreateEvent("never");
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("a", ct => whistle.WaitAsync(ct));
        team.Start("b", ct => never.WaitAsync(ct));
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            whistle.Set();
        });

        var e = Assert.Throws<DeadlockException>(sim.Run);

        // The whistle has gone: a no longer waits for it but for b, which holds the turn, to finish.
        Assert.Equal([("a", "its turn back (after 'b')"), ("b", "never")], e.WaitForList);
    }

    [Fact]
    public void ConcurrentScopeOpenedInsideASequentialScope_ItsLinesTakeTurnsWithTheOpenersGroup()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("coach", async ct =>
        {
            log.Add($"coach opens@{sim.Now.TotalSeconds}");
            await using (var drill = sim.OpenScope("drill", ExecutionMode.Concurrent, ct))
            {
                foreach (var name in new[] { "x", "y" })
                {
                    _ = drill.Start(name, async c =>
                    {
                        await sim.WorkAsync(S(1), "drill", c);
                        log.Add($"{name}@{sim.Now.TotalSeconds}");
                    });
                }
            }
            log.Add($"coach@{sim.Now.TotalSeconds}");
        });
        team.Start("b", async ct =>
        {
            await sim.WorkAsync(S(2), "run", ct);
            log.Add($"b@{sim.Now.TotalSeconds}");
        });
        sim.Start("outside", async ct =>
        {
            await sim.WorkAsync(S(0.5), "jog", ct);
            log.Add($"outside@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        // "Concurrent" means "as the opener runs": the opener takes turns, so its children join its group in start
        // order (after b), and the coach resumes when they have finished. The line outside goes on regardless.
        Assert.Equal(["coach opens@0", "outside@0.5", "b@2", "x@3", "y@4", "coach@4"], log);
    }

    [Fact]
    public void SequentialScopeOpenedInsideASequentialScope_JoinsTheSameTurns()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("a", async ct =>
        {
            var inner = sim.OpenScope("inner", ExecutionMode.Sequential, ct);
            _ = inner.Start("a1", async c => { await sim.WorkAsync(S(1), "run", c); log.Add($"a1@{sim.Now.TotalSeconds}"); });
            _ = inner.Start("a2", async c => { await sim.WorkAsync(S(1), "run", c); log.Add($"a2@{sim.Now.TotalSeconds}"); });
            await sim.WorkAsync(S(1), "look", ct);
            log.Add($"a looked@{sim.Now.TotalSeconds}");
            await inner.WaitAsync(ct);
            log.Add($"a@{sim.Now.TotalSeconds}");
        });
        team.Start("b", async ct => { await sim.WorkAsync(S(1), "run", ct); log.Add($"b@{sim.Now.TotalSeconds}"); });

        sim.Run();

        Assert.Equal(["a looked@1", "b@2", "a1@3", "a2@4", "a@4"], log);
    }

    [Fact]
    public void SequentialScopeOpenedByALineOfAConcurrentScope_TakesTurnsWhileTheSiblingsGoOn()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        sim.Start("coach", async ct =>
        {
            await using var squad = sim.OpenScope("squad", ct);
            _ = squad.Start("captain", async c =>
            {
                await using var pair = sim.OpenScope("pair", ExecutionMode.Sequential, c);
                _ = pair.Start("p1", async cc => { await sim.WorkAsync(S(2), "run", cc); log.Add($"p1@{sim.Now.TotalSeconds}"); });
                _ = pair.Start("p2", async cc => { await sim.WorkAsync(S(2), "run", cc); log.Add($"p2@{sim.Now.TotalSeconds}"); });
            });
            _ = squad.Start("winger", async c => { await sim.WorkAsync(S(3), "run", c); log.Add($"winger@{sim.Now.TotalSeconds}"); });
        });

        sim.Run();

        Assert.Equal(["p1@2", "winger@3", "p2@4"], log);
    }

    [Fact]
    public void TwoSequentialScopes_TakeTurnsIndependently()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var home = sim.OpenScope("home", ExecutionMode.Sequential);
        var away = sim.OpenScope("away", ExecutionMode.Sequential);
        var whistle = sim.CreateEvent("whistle");
        home.Start("h1", async ct => { await sim.WorkAsync(S(2), "run", ct); log.Add($"h1@{sim.Now.TotalSeconds}"); });
        away.Start("a1", async ct => { await whistle.WaitAsync(ct); log.Add($"a1@{sim.Now.TotalSeconds}"); });
        home.Start("h2", async ct => { await sim.WorkAsync(S(2), "run", ct); whistle.Set(); log.Add($"h2@{sim.Now.TotalSeconds}"); });
        away.Start("a2", async ct => { await sim.WorkAsync(S(3), "run", ct); log.Add($"a2@{sim.Now.TotalSeconds}"); });
        away.Start("a3", async ct => { await sim.WorkAsync(S(3), "run", ct); log.Add($"a3@{sim.Now.TotalSeconds}"); });

        sim.Run();

        // a1 passes away's turn at once; the whistle (4 s) cannot bring it back before a2 and a3 have finished (6 s).
        Assert.Equal(["h1@2", "a2@3", "h2@4", "a3@6", "a1@6"], log);
        Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "its turn"), TraceOf(sim, "h2").Spans[0]);
        Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(3), "its turn"), TraceOf(sim, "a3").Spans[0]);
    }

    [Fact]
    public void FirstLineAwaitingTheSecond_PassesTheTurn_AndGetsItsResult()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        LineOfControl<int>? second = null;
        team.Start("first", async ct =>
        {
            await sim.WorkAsync(S(1), "set up", ct);
            var value = await second!;
            log.Add($"first got {value}@{sim.Now.TotalSeconds}");
        });
        second = team.Start("second", async ct =>
        {
            await sim.WorkAsync(S(2), "compute", ct);
            return 42;
        });
        team.Start("third", async ct =>
        {
            await sim.WorkAsync(S(1), "tidy", ct);
            log.Add($"third@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        // first passes the turn to second; when second finishes first has the turn back before third starts.
        Assert.Equal(["first got 42@3", "third@4"], log);
        var first = TraceOf(sim, "first").Spans;
        Assert.Contains(new TimelineSpan(SpanState.Waiting, S(1), S(3), "second"), first);
    }

    [Fact]
    public void SecondLineAwaitingTheFirst_JustWaitsForItsTurn()
    {
        using var sim = new Simulation();
        var log = new List<string>();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        var first = team.Start("first", async ct => { await sim.WorkAsync(S(2), "run", ct); log.Add($"first@{sim.Now.TotalSeconds}"); });
        team.Start("second", async ct => { await first; log.Add($"second@{sim.Now.TotalSeconds}"); });

        sim.Run();

        Assert.Equal(["first@2", "second@2"], log);
    }

    [Fact]
    public void ConditionsOfLinesWithoutTheTurn_AreNotEvaluated()
    {
        using var sim = new Simulation();
        var flag = false;
        var evaluations = new List<double>();
        var log = new List<string>();
        sim.Start("setter", async ct =>
        {
            for (var i = 0; i < 10; i++)
            {
                await sim.DelayAsync(S(0.25), ct);
            }
            flag = true;
            for (var i = 0; i < 10; i++)
            {
                await sim.DelayAsync(S(0.25), ct);
            }
        });
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("watcher", async ct =>
        {
            await sim.WaitUntilAsync("flag", () => { evaluations.Add(sim.Now.TotalSeconds); return flag; }, ct);
            log.Add($"watcher@{sim.Now.TotalSeconds}");
        });
        team.Start("worker", async ct =>
        {
            for (var i = 0; i < 8; i++)
            {
                await sim.BusyAsync(S(0.5), "work", ct);
            }
            log.Add($"worker@{sim.Now.TotalSeconds}");
        });
        team.Start("pending", async ct =>
        {
            await sim.WaitUntilAsync("never evaluated early", () => { evaluations.Add(-sim.Now.TotalSeconds - 100); return true; }, ct);
            log.Add($"pending@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        Assert.Equal(["worker@4", "watcher@4", "pending@4"], log);
        // The watcher's condition: when it waits, once after its own step, then not until the worker has finished.
        Assert.Equal([0, 0, 4], evaluations.Where(t => t >= 0));
        Assert.Equal([-104], evaluations.Where(t => t < 0));
    }

    [Fact]
    public void SameSeed_SameTrace_WithRandomWorkWaitsAndTwoScopes()
    {
        static string Run(int seed)
        {
            using var sim = new Simulation(new SimulationOptions { Seed = seed });
            var signal = sim.CreateEvent("signal");
            var progress = 0;
            sim.Start("world", async ct =>
            {
                for (var i = 0; i < 30; i++)
                {
                    await sim.DelayAsync(S(sim.Random.NextDouble()), ct);
                    progress++;
                    if (i == 10)
                    {
                        signal.Set();
                    }
                }
            });
            foreach (var scopeName in new[] { "home", "away" })
            {
                var team = sim.OpenScope(scopeName, ExecutionMode.Sequential);
                for (var n = 0; n < 4; n++)
                {
                    var kind = n;
                    team.Start($"{scopeName}{n}", async ct =>
                    {
                        for (var i = 0; i < 3; i++)
                        {
                            switch ((kind + i) % 3)
                            {
                                case 0:
                                    await sim.WorkAsync(S(sim.Random.NextDouble()), "step", ct);
                                    break;
                                case 1:
                                    var target = progress + 2;
                                    await sim.WaitUntilAsync("progress", () => progress >= target, ct);
                                    break;
                                default:
                                    await signal.WaitAsync(ct);
                                    await sim.BusyAsync(S(sim.Random.NextDouble()), "busy", ct);
                                    break;
                            }
                            sim.Record($"step {i}");
                        }
                    });
                }
            }
            sim.Run();
            return ChromeTraceWriter.Write([sim.Trace]) + StepTableRenderer.Render(sim.Trace);
        }

        Assert.Equal(Run(11), Run(11));
        Assert.NotEqual(Run(11), Run(12));
    }

    [Fact]
    public void RunUntilMidTurn_ThenRun_GivesWhatOneRunGives()
    {
        static (List<string> Log, string Trace) Play(double[] stops)
        {
            using var sim = new Simulation();
            var log = new List<string>();
            sim.Start("clock", async ct =>
            {
                for (var i = 0; i < 6; i++)
                {
                    await sim.DelayAsync(S(1), ct);
                }
            });
            var team = sim.OpenScope("team", ExecutionMode.Sequential);
            foreach (var name in new[] { "a", "b", "c" })
            {
                team.Start(name, async ct =>
                {
                    await sim.WorkAsync(S(1.5), "run", ct);
                    log.Add($"{name}@{sim.Now.TotalSeconds}");
                });
            }
            foreach (var stop in stops)
            {
                sim.RunUntil(S(stop));
                Assert.Equal(S(stop), sim.Now);
                log.Add($"stop@{stop}");
            }
            sim.Run();
            var spans = string.Join("\n", sim.Trace.Lines.SelectMany(l => l.Spans.Select(s => $"{l.Name} {s}")));
            return (log.Where(e => !e.StartsWith("stop", StringComparison.Ordinal)).ToList(), spans);
        }

        var whole = Play([]);
        var split = Play([1, 2.25, 3, 3.5]);

        Assert.Equal(["a@1.5", "b@3", "c@4.5"], whole.Log);
        Assert.Equal(whole.Log, split.Log);
        Assert.Equal(whole.Trace, split.Trace);
    }

    [Fact]
    public void RunUntil_StopsWhileALineWaitsForItsTurn_AndTheTraceShowsIt()
    {
        using var sim = new Simulation();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("a", ct => sim.WorkAsync(S(2), "run", ct));
        team.Start("b", ct => sim.WorkAsync(S(2), "run", ct));

        sim.RunUntil(S(1));

        var b = TraceOf(sim, "b");
        Assert.True(b.IsOpen);
        Assert.Equal(SpanState.Waiting, b.CurrentState);
        Assert.Equal("its turn", b.Spans[^1].Label);

        sim.Run();

        Assert.Equal(S(4), sim.Now);
        Assert.Equal([new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "its turn"), new TimelineSpan(SpanState.Running, S(2), S(4), "run"), new TimelineSpan(SpanState.Done, S(4), S(4), null)], b.Spans);
    }

    [Fact]
    public void LineStartedLaterIntoABusyScope_WaitsForItsTurnFromItsStart()
    {
        using var sim = new Simulation();
        var team = sim.OpenScope("team", ExecutionMode.Sequential);
        team.Start("a", ct => sim.WorkAsync(S(3), "run", ct));
        sim.Start("scout", async ct =>
        {
            await sim.DelayAsync(S(1), ct);
            _ = team.Start("late", c => sim.WorkAsync(S(1), "run", c));
        });

        sim.Run();

        var late = TraceOf(sim, "late").Spans;
        Assert.Equal(new TimelineSpan(SpanState.Waiting, S(1), S(3), "its turn"), late[0]);
        Assert.Equal(new TimelineSpan(SpanState.Running, S(3), S(4), "run"), late[1]);
    }
}
