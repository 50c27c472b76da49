using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>Ordering, waits and their records, sequential mode, RunUntil.</summary>
public sealed class RuntimeTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void SameInstant_LinesResumeInSchedulingOrder()
    {
        using var sim = new Simulation();
        var order = new List<string>();
        foreach (var name in new[] { "c", "a", "b" })
        {
            sim.Start(name, async ct =>
            {
                order.Add(name + "0");
                await sim.DelayAsync(S(1), ct);
                order.Add(name + "1");
            });
        }

        sim.Run();

        Assert.Equal(["c0", "a0", "b0", "c1", "a1", "b1"], order);
    }

    [Fact]
    public void Start_FromInsideALine_RunsChildAfterParentYields()
    {
        using var sim = new Simulation();
        var order = new List<string>();
        sim.Start("parent", async ct =>
        {
            _ = sim.Start("child", _ => { order.Add("child"); return Task.CompletedTask; });
            order.Add("parent before await");
            await sim.DelayAsync(TimeSpan.Zero, ct);
            order.Add("parent after await");
        });

        sim.Run();

        Assert.Equal(["parent before await", "child", "parent after await"], order);
    }

    [Fact]
    public void WaitUntil_ResumesWhenConditionHolds_AndRecordsWaitAndLink()
    {
        using var sim = new Simulation();
        var x = 0.0;
        var passedAt = TimeSpan.MinValue;
        sim.Start("#10", async ct =>
        {
            await sim.WaitUntilAsync("#2 past x=80", () => x > 80, ct);
            passedAt = sim.Now;
        });
        sim.Start("#2", async ct =>
        {
            while (x <= 80)
            {
                await sim.WorkAsync(S(1), "running", ct);
                x += 30;
            }
        });

        sim.Run();

        Assert.Equal(S(3), passedAt);
        var ten = sim.Trace.Lines[0];
        Assert.Contains(ten.Spans, s => s is { State: SpanState.Waiting, Label: "#2 past x=80" } && s.Start == TimeSpan.Zero && s.End == S(3));
        Assert.Equal(SpanState.Done, ten.Spans[^1].State);
        var two = sim.Trace.Lines[1];
        // Three back-to-back WorkAsync calls with the same activity read as one running span.
        Assert.Equal(new TimelineSpan(SpanState.Running, TimeSpan.Zero, S(3), "running"), two.Spans[0]);
        Assert.Contains(sim.Trace.Links, l => l.FromLineId == two.Id && l.ToLineId == ten.Id && l.Label == "#2 past x=80" && l.ToTime == S(3));
    }

    [Fact]
    public void SimEvent_SetWakesWaitersInOrder_AndLaterWaitsPassAtOnce()
    {
        using var sim = new Simulation();
        var whistle = sim.CreateEvent("whistle");
        var log = new List<string>();
        foreach (var name in new[] { "p1", "p2" })
        {
            sim.Start(name, async ct =>
            {
                await whistle.WaitAsync(ct);
                log.Add($"{name} at {sim.Now.TotalSeconds}");
            });
        }
        sim.Start("referee", async ct =>
        {
            await sim.DelayAsync(S(4), ct);
            whistle.Set();
            await whistle.WaitAsync(ct);
            log.Add("referee passes at once");
        });

        sim.Run();

        Assert.True(whistle.IsSet);
        Assert.Equal(["referee passes at once", "p1 at 4", "p2 at 4"], log);
        Assert.Equal("whistle", sim.Trace.Lines[0].Spans.Single(s => s.State == SpanState.Waiting).Label);
    }

    [Fact]
    public void SequentialMode_RunsEachLineToCompletionBeforeTheNext()
    {
        static List<string> Play(ExecutionMode mode, out TimeSpan end)
        {
            using var sim = new Simulation(new SimulationOptions { Mode = mode });
            var log = new List<string>();
            foreach (var (name, step) in new[] { ("#2", 2.0), ("#9", 3.0) })
            {
                sim.Start(name, async ct =>
                {
                    for (var i = 0; i < 2; i++)
                    {
                        await sim.WorkAsync(S(step), "run", ct);
                        log.Add($"{name}@{sim.Now.TotalSeconds}");
                    }
                });
            }
            sim.Run();
            end = sim.Now;
            return log;
        }

        var concurrent = Play(ExecutionMode.Concurrent, out var concurrentEnd);
        var sequential = Play(ExecutionMode.Sequential, out var sequentialEnd);

        Assert.Equal(["#2@2", "#9@3", "#2@4", "#9@6"], concurrent);
        Assert.Equal(S(6), concurrentEnd);
        Assert.Equal(["#2@2", "#2@4", "#9@7", "#9@10"], sequential);
        Assert.Equal(S(10), sequentialEnd);
    }

    [Fact]
    public void SequentialMode_RecordsLinesWaitingForTheirTurn()
    {
        using var sim = new Simulation(new SimulationOptions { Mode = ExecutionMode.Sequential });
        sim.Start("first", c => sim.WorkAsync(S(2), "work", c));
        sim.Start("second", c => sim.WorkAsync(S(3), "work", c));

        sim.Run();

        var second = sim.Trace.Lines[1].Spans;
        Assert.Equal(new TimelineSpan(SpanState.Waiting, TimeSpan.Zero, S(2), "its turn"), second[0]);
        Assert.Equal(new TimelineSpan(SpanState.Running, S(2), S(5), "work"), second[1]);
    }

    [Fact]
    public void SequentialMode_ParentAwaitingChildren_LetsThemRunOneAfterAnother()
    {
        using var sim = new Simulation(new SimulationOptions { Mode = ExecutionMode.Sequential });
        var log = new List<string>();
        sim.Start("coach", async ct =>
        {
            await using (var scope = sim.OpenScope("drill", ct))
            {
                _ = scope.Start("a", async c => { await sim.DelayAsync(S(2), c); log.Add($"a@{sim.Now.TotalSeconds}"); });
                _ = scope.Start("b", async c => { await sim.DelayAsync(S(3), c); log.Add($"b@{sim.Now.TotalSeconds}"); });
            }
            log.Add($"coach@{sim.Now.TotalSeconds}");
        });

        sim.Run();

        Assert.Equal(["a@2", "b@5", "coach@5"], log);
    }

    [Fact]
    public void RunUntilTime_StopsBeforeEventsAtThatTime_AndCanContinue()
    {
        using var sim = new Simulation();
        var log = new List<double>();
        sim.Start("ticker", async ct =>
        {
            for (var i = 1; i <= 4; i++)
            {
                await sim.DelayAsync(S(1), ct);
                log.Add(sim.Now.TotalSeconds);
            }
        });

        sim.RunUntil(S(2));
        Assert.Equal([1.0], log);
        Assert.Equal(S(2), sim.Now);

        sim.Run();
        Assert.Equal([1.0, 2.0, 3.0, 4.0], log);
    }

    [Fact]
    public void RunUntilTask_StopsWhenTheLineCompletes()
    {
        using var sim = new Simulation();
        var fast = sim.Start("fast", c => sim.DelayAsync(S(1), c));
        sim.Start("slow", c => sim.DelayAsync(S(50), c));

        sim.RunUntil(fast.Completion);

        Assert.True(fast.IsCompleted);
        Assert.Equal(S(1), sim.Now);
    }

    [Fact]
    public void SameSeed_GivesSameRun_WhateverElseRunsInParallel()
    {
        static string RunOnce(int seed)
        {
            using var sim = new Simulation(new SimulationOptions { Seed = seed });
            var shared = 0;
            for (var i = 0; i < 8; i++)
            {
                var name = $"line {i}";
                sim.Start(name, async ct =>
                {
                    for (var k = 0; k < 20; k++)
                    {
                        await sim.DelayAsync(TimeSpan.FromMilliseconds(sim.Random.Next(1, 50)), ct);
                        shared = (shared * 31) + name.Length + k;
                        if (sim.Random.Next(4) == 0)
                        {
                            await sim.WaitUntilAsync("even", () => shared % 2 == 0 || sim.Now > S(1), ct);
                        }
                    }
                });
            }
            sim.Run();
            return ChromeTraceWriter.Write([sim.Trace]) + shared;
        }

        var runs = Enumerable.Range(0, 4).AsParallel().Select(_ => RunOnce(7)).ToList();

        Assert.All(runs, r => Assert.Equal(runs[0], r));
        Assert.NotEqual(runs[0], RunOnce(8));
    }
}
