using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using Tempo.Chess;

namespace Tempo.Bench.Chess;

/// <summary>
/// Perft speed with PEXT sliding attacks (the default on BMI2 CPUs) against magic bitboards (the "magic" job builds
/// with -p:TempoChessSliders=magic, which sets the runtime option Tempo.Chess.SliderLookup). Run: dotnet run -c Release --project bench/Tempo.Bench -- --filter '*PerftBenchmarks*'
/// </summary>
[Config(typeof(SliderConfig))]
public class PerftBenchmarks
{
    private Position _start = null!;
    private Position _kiwipete = null!;

    [GlobalSetup]
    public void Setup()
    {
        _start = Position.StartPosition();
        _kiwipete = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
    }

    /// <summary>119,060,324 leaves.</summary>
    [Benchmark]
    public long StartposDepth6() => Perft.Count(_start, 6);

    /// <summary>193,690,690 leaves.</summary>
    [Benchmark]
    public long KiwipeteDepth5() => Perft.Count(_kiwipete, 5);

    private sealed class SliderConfig : ManualConfig
    {
        public SliderConfig()
        {
            var job = Job.Default.WithWarmupCount(2).WithIterationCount(7).WithLaunchCount(1);
            AddJob(job.WithId("pext"));
            AddJob(job.WithArguments([new MsBuildArgument("/p:TempoChessSliders=magic")]).WithId("magic"));
        }
    }
}
