using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// The rule for delays shorter than, or not a whole number of, milliseconds: the runtime's own waits and every timer
/// created on <see cref="Simulation.TimeProvider"/> are exact to the tick; .NET's <c>Task.Delay(TimeSpan, TimeProvider)</c>
/// truncates to whole milliseconds before the provider ever sees the delay (README, "Exact time"), so these tests pin
/// what each API does with 1.5 ms and 0.25 ms.
/// </summary>
public sealed class SubMillisecondTimerTests
{
    private static readonly TimeSpan OneAndAHalf = TimeSpan.FromTicks(15_000);
    private static readonly TimeSpan Quarter = TimeSpan.FromTicks(2_500);

    public static TheoryData<string, long, long> Cases => new()
    {
        // API, delay in ticks, virtual ticks when the line resumed
        { "DelayAsync", 15_000, 15_000 },
        { "DelayAsync", 2_500, 2_500 },
        { "SleepAsync", 15_000, 15_000 },
        { "SleepAsync", 2_500, 2_500 },
        { "WorkAsync", 2_500, 2_500 },
        { "CreateTimer", 15_000, 15_000 },
        { "CreateTimer", 2_500, 2_500 },
        { "PeriodicTimer", 15_000, 15_000 },
        { "CancelAfter", 15_000, 15_000 },
        { "CancelAfter", 2_500, 2_500 },
        { "Task.Delay", 15_000, 10_000 },
        { "Task.Delay", 2_500, 0 },
        { "WaitAsync", 15_000, 10_000 },
        { "WaitAsync", 2_500, 0 },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Delay_ResumesAtTheDocumentedVirtualTime(string api, long delayTicks, long resumedTicks)
    {
        using var sim = new Simulation();
        var delay = TimeSpan.FromTicks(delayTicks);
        var resumed = TimeSpan.MinValue;
        sim.Start("timer", async ct =>
        {
            await Wait(sim, api, delay, ct);
            resumed = sim.Now;
        });

        sim.Run();

        Assert.Equal(TimeSpan.FromTicks(resumedTicks), resumed);
    }

    [Fact]
    public void PeriodicTimer_UnderOneMillisecond_IsRefusedByDotNet_NotRounded()
    {
        using var sim = new Simulation();
        sim.Start("ticker", async ct =>
        {
            using var timer = new PeriodicTimer(Quarter, sim.TimeProvider);
            await timer.WaitForNextTickAsync(ct);
        });

        var e = Assert.Throws<LineFailedException>(sim.Run);

        Assert.Equal("period", Assert.IsType<ArgumentOutOfRangeException>(e.InnerException).ParamName);
    }

    [Fact]
    public void OneAndAHalfAndAQuarterMilliseconds_AddUpExactly_WithTheRuntimesDelays()
    {
        using var sim = new Simulation();
        var times = new List<TimeSpan>();
        sim.Start("exact", async ct =>
        {
            await sim.DelayAsync(OneAndAHalf, ct);
            times.Add(sim.Now);
            await sim.SleepAsync(Quarter, ct);
            times.Add(sim.Now);
        });

        sim.Run();

        Assert.Equal([OneAndAHalf, OneAndAHalf + Quarter], times);
    }

    private static async Task Wait(Simulation sim, string api, TimeSpan delay, CancellationToken ct)
    {
        switch (api)
        {
            case "DelayAsync":
                await sim.DelayAsync(delay, ct);
                break;
            case "SleepAsync":
                await sim.SleepAsync(delay, ct);
                break;
            case "WorkAsync":
                await sim.WorkAsync(delay, "work", ct);
                break;
            case "CreateTimer":
            {
                var fired = sim.CreateEvent("fired");
                using var timer = sim.TimeProvider.CreateTimer(_ => fired.Set(), null, delay, Timeout.InfiniteTimeSpan);
                await fired.WaitAsync(ct);
                break;
            }
            case "PeriodicTimer":
            {
                using var timer = new PeriodicTimer(delay, sim.TimeProvider);
                await timer.WaitForNextTickAsync(ct);
                break;
            }
            case "CancelAfter":
            {
                using var cts = new CancellationTokenSource(delay, sim.TimeProvider);
                try
                {
                    await sim.WaitUntilAsync("never", () => false, cts.Token);
                }
                catch (OperationCanceledException)
                {
                }
                break;
            }
            case "Task.Delay":
                await Task.Delay(delay, sim.TimeProvider, ct);
                break;
            case "WaitAsync":
                try
                {
                    await sim.CreateEvent("never").WaitAsync(ct).WaitAsync(delay, sim.TimeProvider, ct);
                }
                catch (TimeoutException)
                {
                }
                break;
            default:
                throw new ArgumentException(api, nameof(api));
        }
    }
}
