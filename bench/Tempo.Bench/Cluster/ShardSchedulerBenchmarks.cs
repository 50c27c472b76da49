using System.Net;
using BenchmarkDotNet.Attributes;
using Orleans.Runtime;
using Tempo.Cluster.Hosting;

namespace Tempo.Bench.Cluster;

/// <summary>
/// One question: does the client's own cost per shard grow with the number of silos? The real scheduler of
/// `chess batch --cluster` and `soccer sweep --cluster` hands 20,000 shards to 10, 100 or 1,000 silo addresses (two calls
/// in flight on each, as on a 2-core machine) whose calls answer at once, so only the scheduling is timed (no network,
/// no serialization: cluster-client.sh measures those with real silos). Divide the mean by 20,000 for the cost per shard.
/// Run: dotnet run -c Release --project bench/Tempo.Bench -- --filter '*ShardSchedulerBenchmarks*'
/// </summary>
[MemoryDiagnoser]
public class ShardSchedulerBenchmarks
{
    private const int Shards = 20_000;
    private SiloAddress[] _silos = [];

    /// <summary>Silos in the cluster.</summary>
    [Params(10, 100, 1_000)]
    public int Silos { get; set; }

    /// <summary>The silo addresses, sorted as the membership read gives them.</summary>
    [GlobalSetup]
    public void Setup() => _silos = [.. Enumerable.Range(0, Silos)
        .Select(i => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 20_000 + i), 1)).Order()];

    /// <summary>Every shard scheduled, answered and given back in order.</summary>
    [Benchmark]
    public async Task<long> Schedule()
    {
        var scheduler = new ShardScheduler((_, _) => Task.FromResult(_silos), new ShardingOptions { InFlightPerSilo = 2 });
        long sum = 0;
        await foreach (int shard in scheduler.RunInOrderAsync(Shards, static async (_, shard, _) =>
        {
            await Task.Yield();
            return shard;
        }))
        {
            sum += shard;
        }
        return sum;
    }
}
