using BenchmarkDotNet.Attributes;
using Tempo.Soccer.Lines;

namespace Tempo.Bench.Soccer;

/// <summary>
/// One question: how much faster than real time does the chapter's play itself simulate (not a sweep's varied runs)?
/// The book play lasts 9.24 virtual seconds; divide by the mean. Full: everything `tempo soccer run book` records
/// (frames, activity spans, the runtime trace); Sequential: the same with the attack's lines taking turns, plus the
/// concurrent run it is explained against.
/// Run: dotnet run -c Release --project bench/Tempo.Bench -- --filter '*BookPlayBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class BookPlayBenchmarks
{
    [Benchmark(Baseline = true)]
    public double Full() => BookPlay.Run().Outcome.Seconds;

    [Benchmark]
    public double Sequential() => BookPlay.Run(new RunOptions { Sequential = true }).Outcome.Seconds;
}
