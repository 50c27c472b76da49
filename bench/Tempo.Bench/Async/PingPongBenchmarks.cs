using BenchmarkDotNet.Attributes;
using Tempo.Async;
using Tempo.Async.Workloads;

namespace Tempo.Bench.Async;

/// <summary>
/// One question: how many channel messages per second do two lines of control exchange on the simulation loop?
/// Run: dotnet run -c Release --project bench/Tempo.Bench -- --filter '*PingPongBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class PingPongBenchmarks
{
    private const int Messages = 1_000_000;

    [Benchmark(OperationsPerInvoke = Messages)]
    public long ChannelPingPong() => SimulationBenchmark.RunPingPong(Messages).Checksum;
}
