using BenchmarkDotNet.Attributes;
using Microsoft.Extensions.Time.Testing;
using Tempo.Async;
using Tempo.Async.Workloads;

namespace Tempo.Bench.Async;

/// <summary>
/// One question: what does it cost to resume a line of control after a timer, by the way it waits, against a bare
/// PriorityQueue&lt;Action&gt; loop running the same schedule (the baseline)? 1,000 lines x 1,000 timers per invocation (the `tempo bench async` workload).
/// Run: dotnet run -c Release --project bench/Tempo.Bench -- --filter '*TimerResumptionBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class TimerResumptionBenchmarks
{
    private const int Lines = 1000;
    private const int Steps = 1000;

    [Benchmark(Baseline = true, OperationsPerInvoke = Lines * Steps)]
    public long PriorityQueueCeiling() => SimulationBenchmark.RunCeiling(Lines, Steps).Checksum;

    [Benchmark(OperationsPerInvoke = Lines * Steps)]
    public long SleepAsync() => SimulationBenchmark.RunTimers(Lines, Steps).Checksum;

    [Benchmark(OperationsPerInvoke = Lines * Steps)]
    public long SleepAsyncTraced() => SimulationBenchmark.RunTimers(Lines, Steps, recordTrace: true).Checksum;

    [Benchmark(OperationsPerInvoke = Lines * Steps)]
    public long DelayAsyncTask() => SimulationBenchmark.RunTimers(Lines, Steps, useTaskDelay: true).Checksum;

    /// <summary>Plain <c>Task.Delay(t, sim.TimeProvider, ct)</c>: a timer, a task and a registration per wait.</summary>
    [Benchmark(OperationsPerInvoke = Lines * Steps)]
    public long TaskDelayOnTimeProvider()
    {
        using var simulation = new Simulation(new SimulationOptions { RecordTrace = false });
        long checksum = 17;
        for (var l = 0; l < Lines; l++)
        {
            var line = l;
            _ = simulation.Start($"line {l}", async ct =>
            {
                for (var step = 0; step < Steps; step++)
                {
                    await Task.Delay(TimeSpan.FromTicks(TimeSpan.TicksPerSecond * SimulationBenchmark.DelayUnits(line, step)), simulation.TimeProvider, ct);
                    checksum = (checksum * 31) + line;
                }
            });
        }
        simulation.Run();
        return checksum;
    }

    /// <summary>
    /// The usual test double: plain <c>Task.Delay(t, fake)</c> on a <see cref="FakeTimeProvider"/>, advanced one time
    /// unit at a time (every delay is a whole number of units); continuations run inline inside <c>Advance</c>.
    /// </summary>
    [Benchmark(OperationsPerInvoke = Lines * Steps)]
    public long FakeTimeProviderTaskDelay()
    {
        var fake = new FakeTimeProvider();
        long checksum = 17;
        var running = Lines;
        for (var l = 0; l < Lines; l++)
        {
            _ = RunLineAsync(l);
        }
        while (running > 0)
        {
            fake.Advance(TimeSpan.FromSeconds(1));
        }
        return checksum;

        async Task RunLineAsync(int line)
        {
            for (var step = 0; step < Steps; step++)
            {
                await Task.Delay(TimeSpan.FromTicks(TimeSpan.TicksPerSecond * SimulationBenchmark.DelayUnits(line, step)), fake);
                checksum = (checksum * 31) + line;
            }
            running--;
        }
    }
}
