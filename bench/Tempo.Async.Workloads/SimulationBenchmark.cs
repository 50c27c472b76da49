using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Threading.Channels;

namespace Tempo.Async.Workloads;

/// <summary>
/// The deterministic workloads behind <c>tempo bench async</c>: many lines each awaiting many timers, the same
/// callbacks on a bare <see cref="PriorityQueue{TElement, TPriority}"/> loop (the ceiling), and a channel ping-pong.
/// One virtual time unit is one second.
/// </summary>
public static class SimulationBenchmark
{
    /// <summary>The delay of <paramref name="line"/>'s timer number <paramref name="step"/>: 1 to 10 units, so every line of 1,000 steps ends at 5,500.</summary>
    public static int DelayUnits(int line, int step) => 1 + (int)(((line * 7919L) + (step * 104729L)) % 10);

    /// <summary>Runs <paramref name="lines"/> lines on a <see cref="Simulation"/>, each awaiting <paramref name="steps"/> timers.</summary>
    /// <param name="lines">How many lines of control.</param>
    /// <param name="steps">How many timers each line awaits.</param>
    /// <param name="recordTrace">Whether the simulation records its timeline while it runs.</param>
    /// <param name="useTaskDelay">Await the Task-returning <see cref="Simulation.DelayAsync"/> instead of the pooled <see cref="Simulation.SleepAsync"/>.</param>
    public static WorkloadResult RunTimers(int lines, int steps, bool recordTrace = false, bool useTaskDelay = false)
    {
        using var simulation = new Simulation(new SimulationOptions { Name = "bench timers", RecordTrace = recordTrace });
        var checksum = new long[] { 17 };
        for (var l = 0; l < lines; l++)
        {
            var line = l;
            _ = simulation.Start($"line {l}", async ct =>
            {
                for (var step = 0; step < steps; step++)
                {
                    var delay = TimeSpan.FromTicks(TimeSpan.TicksPerSecond * DelayUnits(line, step));
                    if (useTaskDelay)
                    {
                        await simulation.DelayAsync(delay, ct);
                    }
                    else
                    {
                        await simulation.SleepAsync(delay, ct);
                    }
                    checksum[0] = (checksum[0] * 31) + line;
                }
            });
        }
        var watch = Stopwatch.StartNew();
        simulation.Run();
        watch.Stop();
        return new WorkloadResult((long)lines * steps, watch.Elapsed, simulation.Now, checksum[0]);
    }

    /// <summary>
    /// The ceiling: the same resumptions as <see cref="RunTimers"/> as plain callbacks on a bare
    /// <see cref="PriorityQueue{TElement, TPriority}"/> ordered by (time, sequence) — no async machinery at all.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static WorkloadResult RunCeiling(int lines, int steps)
    {
        var queue = new PriorityQueue<Action, long>(lines);
        var nextStep = new int[lines];
        var actions = new Action[lines];
        long now = 0;
        long sequence = 0;
        long checksum = 17;
        for (var l = 0; l < lines; l++)
        {
            var line = l;
            actions[l] = () =>
            {
                checksum = (checksum * 31) + line;
                var step = ++nextStep[line];
                if (step < steps)
                {
                    queue.Enqueue(actions[line], ((now + DelayUnits(line, step)) << 32) | sequence++);
                }
            };
        }
        var watch = Stopwatch.StartNew();
        for (var l = 0; l < lines; l++)
        {
            queue.Enqueue(actions[l], ((long)DelayUnits(l, 0) << 32) | sequence++);
        }
        while (queue.TryDequeue(out var action, out var key))
        {
            now = key >> 32;
            action();
        }
        watch.Stop();
        return new WorkloadResult((long)lines * steps, watch.Elapsed, TimeSpan.FromSeconds(now), checksum);
    }

    /// <summary>Sends <paramref name="messages"/> messages back and forth between two lines over two channels.</summary>
    public static WorkloadResult RunPingPong(int messages, bool recordTrace = false)
    {
        using var simulation = new Simulation(new SimulationOptions { Name = "bench ping-pong", RecordTrace = recordTrace });
        var options = new UnboundedChannelOptions { SingleReader = true, SingleWriter = true };
        var toPong = Channel.CreateUnbounded<int>(options);
        var toPing = Channel.CreateUnbounded<int>(options);
        var rounds = messages / 2;
        var checksum = new long[] { 0 };
        _ = simulation.Start("ping", async ct =>
        {
            for (var i = 0; i < rounds; i++)
            {
                await toPong.Writer.WriteAsync(i, ct);
                checksum[0] += await toPing.Reader.ReadAsync(ct);
            }
        });
        _ = simulation.Start("pong", async ct =>
        {
            for (var i = 0; i < rounds; i++)
            {
                var value = await toPong.Reader.ReadAsync(ct);
                await toPing.Writer.WriteAsync(value + 1, ct);
            }
        });
        var watch = Stopwatch.StartNew();
        simulation.Run();
        watch.Stop();
        return new WorkloadResult(rounds * 2L, watch.Elapsed, simulation.Now, checksum[0]);
    }
}
