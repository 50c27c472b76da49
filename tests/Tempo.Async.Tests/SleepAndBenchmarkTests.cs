using CsCheck;
using Tempo.Async;
using Tempo.Async.Workloads;
using Tempo.Timeline;

namespace Tempo.Async.Tests;

/// <summary>The pooled fast delay, cancellation paths, and the benchmark workloads' schedules.</summary>
public sealed class SleepAndBenchmarkTests
{
    private static TimeSpan S(double seconds) => TimeSpan.FromSeconds(seconds);

    [Fact]
    public void SleepAsync_WaitsLikeDelayAsync_AndRecordsTheWait()
    {
        using var sim = new Simulation();
        var log = new List<double>();
        sim.Start("sleeper", async ct =>
        {
            for (var i = 0; i < 3; i++)
            {
                await sim.SleepAsync(S(1.5), ct);
                log.Add(sim.Now.TotalSeconds);
            }
            await sim.SleepAsync(TimeSpan.Zero, ct);
            log.Add(sim.Now.TotalSeconds);
        });

        sim.Run();

        Assert.Equal([1.5, 3.0, 4.5, 4.5], log);
        Assert.All(sim.Trace.Lines[0].Spans.SkipLast(1), s => Assert.Equal(new TimelineSpan(SpanState.Waiting, s.Start, s.End, "delay"), s));
    }

    [Fact]
    public void SleepAsync_WithTheLinesOwnToken_IsCancelledWithTheLine()
    {
        using var sim = new Simulation();
        LineOfControl? sleeper = null;
        sleeper = sim.Start("sleeper", async ct =>
        {
            await sim.SleepAsync(S(1), ct);
            await sim.SleepAsync(S(100), ct);
        });
        sim.Start("alarm", async ct =>
        {
            await sim.SleepAsync(S(5), ct);
            sleeper.Cancel();
        });

        sim.Run();

        Assert.True(sleeper.Completion.IsCanceled);
        Assert.Equal(S(5), sim.Now);
        Assert.Equal(SpanState.Cancelled, sleeper.Trace.Spans[^1].State);
    }

    [Fact]
    public void SleepAsync_WithAnotherToken_IsCancelledByIt_AndTheLineGoesOn()
    {
        using var sim = new Simulation();
        var wokeAt = TimeSpan.MinValue;
        sim.Start("napper", async ct =>
        {
            using var nap = new CancellationTokenSource(S(2), sim.TimeProvider);
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await sim.SleepAsync(S(60), nap.Token));
            wokeAt = sim.Now;
            await sim.SleepAsync(S(1), ct);
        });

        sim.Run();

        Assert.Equal(S(2), wokeAt);
        Assert.Equal(S(3), sim.Now);
    }

    [Fact]
    public void SleepAsync_Interrupted_ThrowsInterruptWithTheCause()
    {
        using var sim = new Simulation();
        InterruptException? caught = null;
        var sleeper = sim.Start("sleeper", async ct =>
        {
            try
            {
                await sim.SleepAsync(S(10), ct);
            }
            catch (InterruptException e)
            {
                caught = e;
            }
        });
        sim.Start("waker", async ct =>
        {
            await sim.SleepAsync(S(4), ct);
            sleeper.Interrupt("phone call");
        });

        sim.Run();

        Assert.NotNull(caught);
        Assert.Equal("phone call", caught.Cause);
        Assert.Equal("line 'sleeper' was interrupted: phone call", caught.Message);
        Assert.Equal(S(4), sim.Now);
    }

    [Fact]
    public void Interrupt_OfAFinishedLine_Throws()
    {
        using var sim = new Simulation();
        var quick = sim.Start("quick", _ => Task.CompletedTask);
        sim.Start("late", async ct =>
        {
            await sim.SleepAsync(S(1), ct);
            quick.Interrupt();
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Equal("line 'quick' has finished and cannot be interrupted", e.InnerException!.Message);
    }

    [Fact]
    public void TimerWorkload_RunsTheSameScheduleAsTheReferencePriorityQueue()
    {
        var tempo = SimulationBenchmark.RunTimers(40, 60);
        var traced = SimulationBenchmark.RunTimers(40, 60, recordTrace: true);
        var tasks = SimulationBenchmark.RunTimers(40, 60, useTaskDelay: true);
        var reference = SimulationBenchmark.RunCeiling(40, 60);

        Assert.Equal(reference.Checksum, tempo.Checksum);
        Assert.Equal(reference.Checksum, traced.Checksum);
        Assert.Equal(reference.Checksum, tasks.Checksum);
        Assert.Equal(S(330), tempo.SimulatedEnd);
        Assert.Equal(2400, tempo.Operations);
    }

    [Fact]
    public void TimerWorkload_FullSize_EndsAt5500WithTheSimPyChecksum()
    {
        // 329917891504616785 is also what bench/async_simpy.py computes with SimPy 3.0.11 on this workload.
        var tempo = SimulationBenchmark.RunTimers(1000, 1000);

        Assert.Equal(S(5500), tempo.SimulatedEnd);
        Assert.Equal(329917891504616785, tempo.Checksum);
    }

    [Fact]
    public void PingPong_DeliversEveryMessage()
    {
        var result = SimulationBenchmark.RunPingPong(1000);

        Assert.Equal(1000, result.Operations);
        Assert.Equal(Enumerable.Range(1, 500).Sum(), result.Checksum);
        Assert.Equal(TimeSpan.Zero, result.SimulatedEnd);
    }

    [Fact]
    public void AnySchedule_MatchesTheReferenceOrder()
    {
        Gen.Select(Gen.Int[1, 30], Gen.Int[1, 30]).Sample((lines, steps) =>
            SimulationBenchmark.RunTimers(lines, steps).Checksum == SimulationBenchmark.RunCeiling(lines, steps).Checksum,
            iter: 50);
    }
}
