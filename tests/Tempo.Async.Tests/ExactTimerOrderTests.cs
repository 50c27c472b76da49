using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// Wakeups due at the same instant run in the order they were scheduled, whichever API scheduled them: the runtime's
/// own delays, or .NET's timers on <see cref="Simulation.TimeProvider"/> (Task.Delay, PeriodicTimer, CancelAfter).
/// </summary>
public sealed class ExactTimerOrderTests
{
    public enum Wait
    {
        TaskDelay,
        DelayAsync,
        SleepAsync,
        PeriodicTimer,
        CancelAfter,
    }

    public static TheoryData<Wait, Wait> Pairs
    {
        get
        {
            var data = new TheoryData<Wait, Wait>();
            foreach (var first in Enum.GetValues<Wait>())
            {
                foreach (var second in Enum.GetValues<Wait>())
                {
                    data.Add(first, second);
                }
            }
            return data;
        }
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void WakeupsAtTheSameInstant_RunInSchedulingOrder_WhateverScheduledThem(Wait first, Wait second)
    {
        using var sim = new Simulation();
        var woke = new List<string>();
        foreach (var (name, wait) in new[] { ("first", first), ("second", second) })
        {
            sim.Start(name, async ct =>
            {
                await WaitOneSecondAsync(sim, wait, ct);
                woke.Add($"{name} at {sim.Now.TotalSeconds}");
            });
        }

        sim.Run();

        Assert.Equal(["first at 1", "second at 1"], woke);
    }

    [Fact]
    public void ManyLines_MixingTaskDelayAndDelayAsync_WakeInTheOrderTheyStarted()
    {
        using var sim = new Simulation();
        var woke = new List<int>();
        for (var i = 0; i < 20; i++)
        {
            var index = i;
            sim.Start($"line {i}", async ct =>
            {
                await sim.DelayAsync(TimeSpan.FromSeconds(1), ct);
                await WaitOneSecondAsync(sim, index % 3 == 0 ? Wait.DelayAsync : Wait.TaskDelay, ct);
                woke.Add(index);
            });
        }

        sim.Run();

        Assert.Equal(Enumerable.Range(0, 20), woke);
    }

    private static async Task WaitOneSecondAsync(Simulation sim, Wait wait, CancellationToken ct)
    {
        var second = TimeSpan.FromSeconds(1);
        switch (wait)
        {
            case Wait.TaskDelay:
                await Task.Delay(second, sim.TimeProvider, ct);
                break;
            case Wait.DelayAsync:
                await sim.DelayAsync(second, ct);
                break;
            case Wait.SleepAsync:
                await sim.SleepAsync(second, ct);
                break;
            case Wait.PeriodicTimer:
                using (var timer = new PeriodicTimer(second, sim.TimeProvider))
                {
                    await timer.WaitForNextTickAsync(ct);
                }
                break;
            default:
                using (var timeout = new CancellationTokenSource(second, sim.TimeProvider))
                {
                    try
                    {
                        await sim.WaitUntilAsync("never", () => false, timeout.Token);
                    }
                    catch (OperationCanceledException)
                    {
                        // The timed cancellation is the wakeup.
                    }
                }
                break;
        }
    }
}
