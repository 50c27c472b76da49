using System.Net;
using Tempo.Cluster.Hosting;

namespace Tempo.Cluster.Tests;

/// <summary>
/// The client's scheduler over a cluster larger than this machine can start: a thousand silo addresses that the
/// membership read names, and calls that end when the test's "silo" answers. Each shard is given exactly once to a
/// listed silo, never more than the in-flight limit per silo, results come back in shard order, and a silo that leaves
/// the list has its shards sent again elsewhere.
/// </summary>
[Trait("Category", "Cluster")]
public sealed class ShardSchedulerTests
{
    private static readonly SiloAddress[] Thousand = [.. Enumerable.Range(0, 1_000)
        .Select(i => SiloAddress.New(new IPEndPoint(IPAddress.Loopback, 20_000 + i), 1)).Order()];

    [Fact]
    public async Task A_thousand_silos_get_every_shard_once_within_their_limit_in_order()
    {
        const int shards = 6_000;
        var options = new ShardingOptions { InFlightPerSilo = 2, MembershipPoll = TimeSpan.FromMilliseconds(50) };
        var scheduler = new ShardScheduler((_, _) => Task.FromResult(Thousand), options);
        var busy = new Dictionary<SiloAddress, int>();
        var calls = new int[shards];
        int peak = 0;
        var gate = new Lock();

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var results = new List<int>();
        await foreach (int result in scheduler.RunInOrderAsync(shards, async (key, shard, token) =>
        {
            var silo = ShardKey.SiloOf(key)!;
            lock (gate)
            {
                Assert.Contains(silo, Thousand);
                busy[silo] = busy.GetValueOrDefault(silo) + 1;
                peak = Math.Max(peak, busy[silo]);
                calls[shard]++;
            }
            // Answers come back out of order: later shards of a round often first.
            await Task.Delay(shard % 3, token);
            lock (gate)
            {
                busy[silo]--;
            }
            return shard * 10;
        }, timeout.Token))
        {
            results.Add(result);
        }

        Assert.Equal(Enumerable.Range(0, shards).Select(s => s * 10), results);
        Assert.All(calls, n => Assert.Equal(1, n));
        Assert.Equal(2, peak);
        Assert.Equal(1_000, busy.Count);
    }

    [Fact]
    public async Task Shards_on_a_silo_that_leaves_the_list_run_again_on_the_others()
    {
        const int shards = 400;
        var gone = Thousand[7];
        var listed = Thousand[..20];
        var options = new ShardingOptions { InFlightPerSilo = 3, MembershipPoll = TimeSpan.FromMilliseconds(20) };
        int reads = 0;
        var scheduler = new ShardScheduler((_, _) =>
            Task.FromResult(Interlocked.Increment(ref reads) <= 1 ? listed : [.. listed.Where(s => !s.Equals(gone))]), options);
        var answeredBy = new SiloAddress?[shards];
        var sentToGone = 0;

        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        var results = new List<int>();
        await foreach (int result in scheduler.RunInOrderAsync(shards, async (key, shard, token) =>
        {
            var silo = ShardKey.SiloOf(key)!;
            if (silo.Equals(gone))
            {
                // The silo that left never answers; its calls end only when the client gives them up.
                Interlocked.Increment(ref sentToGone);
                await Task.Delay(Timeout.Infinite, token);
            }
            await Task.Delay(1, token);
            answeredBy[shard] = silo;
            return shard;
        }, timeout.Token))
        {
            results.Add(result);
        }

        Assert.Equal(Enumerable.Range(0, shards), results);
        Assert.Equal(3, sentToGone);
        Assert.DoesNotContain(gone, answeredBy);
    }
}
