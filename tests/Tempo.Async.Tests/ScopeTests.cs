using Tempo.Async;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>Structured concurrency: a scope owns its lines, waits for them, and spreads faults and cancellation.</summary>
public sealed class ScopeTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void Scope_WaitsForAllChildren()
    {
        using var sim = new Simulation();
        var doneAt = TimeSpan.MinValue;
        sim.Start("coach", async ct =>
        {
            await using (var scope = sim.OpenScope("warm-up", ct))
            {
                _ = scope.Start("a", c => sim.DelayAsync(S(2), c));
                _ = scope.Start("b", c => sim.DelayAsync(S(5), c));
                Assert.Equal(2, scope.RunningCount);
            }
            doneAt = sim.Now;
        });

        sim.Run();

        Assert.Equal(S(5), doneAt);
        Assert.Equal("scope warm-up", sim.Trace.Lines[0].Spans.Single(s => s.State == SpanState.Waiting).Label);
    }

    [Fact]
    public void ChildFault_CancelsSiblings_AndSurfacesToTheParent()
    {
        using var sim = new Simulation();
        LineFailedException? surfaced = null;
        LineOfControl? sibling = null;
        sim.Start("coach", async ct =>
        {
            var scope = sim.OpenScope("attack", ct);
            sibling = scope.Start("winger", c => sim.DelayAsync(S(60), c));
            _ = scope.Start("striker", async c =>
            {
                await sim.DelayAsync(S(4), c);
                throw new InvalidOperationException("pulled a hamstring");
            });
            try
            {
                await scope.WaitAsync(ct);
            }
            catch (LineFailedException e)
            {
                surfaced = e;
            }
        });

        sim.Run();

        Assert.NotNull(surfaced);
        Assert.Equal("striker", surfaced.LineName);
        Assert.Equal("pulled a hamstring", surfaced.InnerException!.Message);
        Assert.True(sibling!.Completion.IsCanceled);
        Assert.Equal(S(4), sim.Now);
        var winger = sim.Trace.Lines.Single(l => l.Name == "winger");
        Assert.Equal(SpanState.Cancelled, winger.Spans[^1].State);
        Assert.Equal(S(4), winger.Spans[^1].Start);
    }

    [Fact]
    public void UncaughtChildFault_FailsTheParentLine_AndTheRun()
    {
        using var sim = new Simulation();
        sim.Start("coach", async ct =>
        {
            await using var scope = sim.OpenScope("attack", ct);
            _ = scope.Start("striker", async c =>
            {
                await sim.DelayAsync(S(1), c);
                throw new InvalidOperationException("red card");
            });
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Equal("coach", e.LineName);
        var inner = Assert.IsType<LineFailedException>(e.InnerException);
        Assert.Equal("striker", inner.LineName);
    }

    [Fact]
    public void CancellingTheOuterScope_CancelsNestedScopesAndAllTheirLines()
    {
        using var sim = new Simulation();
        var states = new List<(string, bool)>();
        Scope? outer = null;
        sim.Start("manager", async ct =>
        {
            outer = sim.OpenScope("club", ct);
            _ = outer.Start("first team", async c =>
            {
                await using var inner = sim.OpenScope("squad", c);
                _ = inner.Start("keeper", k => sim.DelayAsync(S(100), k));
                _ = inner.Start("defender", k => sim.WaitUntilAsync("never", () => false, k));
            });
            _ = outer.Start("youth team", c => sim.DelayAsync(S(100), c));
            await outer.WaitAsync(ct);
        });
        sim.Start("owner", async ct =>
        {
            await sim.DelayAsync(S(3), ct);
            outer!.Cancel();
        });

        sim.Run();

        Assert.Equal(S(3), sim.Now);
        foreach (var name in new[] { "first team", "keeper", "defender", "youth team" })
        {
            Assert.Equal(SpanState.Cancelled, sim.Trace.Lines.Single(l => l.Name == name).Spans[^1].State);
        }
        Assert.Equal(SpanState.Done, sim.Trace.Lines.Single(l => l.Name == "manager").Spans[^1].State);
    }

    [Fact]
    public void CancellingALine_CancelsTheScopesItOpened()
    {
        using var sim = new Simulation();
        LineOfControl? boss = null;
        boss = sim.Start("boss", async ct =>
        {
            await using var scope = sim.OpenScope("team", ct);
            _ = scope.Start("worker", c => sim.DelayAsync(S(50), c));
        });
        sim.Start("board", async ct =>
        {
            await sim.DelayAsync(S(2), ct);
            boss.Cancel();
        });

        sim.Run();

        Assert.True(boss.Completion.IsCanceled);
        Assert.Equal(SpanState.Cancelled, sim.Trace.Lines.Single(l => l.Name == "worker").Spans[^1].State);
        Assert.Equal(S(2), sim.Now);
    }

    [Fact]
    public void StartingInAFinishedScope_Throws()
    {
        using var sim = new Simulation();
        Exception? error = null;
        sim.Start("coach", async ct =>
        {
            var scope = sim.OpenScope("drill", ct);
            _ = scope.Start("a", c => sim.DelayAsync(S(1), c));
            await scope.WaitAsync(ct);
            error = Record.Exception(() => scope.Start("late", _ => Task.CompletedTask));
        });

        sim.Run();

        Assert.Equal("cannot start line 'late': scope 'drill' has already finished", Assert.IsType<InvalidOperationException>(error).Message);
    }
}
