using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Sends shards to the live silos (at most <see cref="ShardingOptions.InFlightPerSilo"/> each, each shard pinned to its
/// silo by <see cref="ShardKey"/>) and gives their results back in shard order. Every shard is in exactly one place --
/// waiting, running on one silo, or finished -- so nothing is lost or given twice: a shard whose silo leaves the
/// cluster, or whose call fails, goes back to the queue and its old call is ignored; a silo that joins takes work.
/// </summary>
internal sealed class ShardScheduler(IGrainFactory grains, ShardingOptions options)
{
    public async IAsyncEnumerable<TResult> RunInOrderAsync<TResult>(
        int shardCount,
        Func<string, int, CancellationToken, Task<TResult>> call,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var waiting = new SortedSet<int>(Enumerable.Range(0, shardCount));
        var running = new Dictionary<Task<TResult>, (int Shard, SiloAddress Silo)>();
        var finished = new Dictionary<int, TResult>();
        var attempts = new int[shardCount];
        var silos = await FirstSilosAsync(cancellationToken).ConfigureAwait(false);
        var sinceRefresh = Stopwatch.StartNew();
        int next = 0;
        while (next < shardCount)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (sinceRefresh.Elapsed >= options.MembershipPoll)
            {
                silos = await ActiveSilosAsync(silos, cancellationToken).ConfigureAwait(false);
                sinceRefresh.Restart();
                foreach (var (task, place) in running.Where(r => !silos.Contains(r.Value.Silo)).ToList())
                {
                    Abandon(task, running, waiting, place.Shard);
                }
            }
            foreach (var silo in silos)
            {
                while (waiting.Count > 0 && running.Values.Count(r => r.Silo.Equals(silo)) < options.InFlightPerSilo)
                {
                    int shard = waiting.Min;
                    waiting.Remove(shard);
                    running.Add(call(ShardKey.For(silo), shard, cancellationToken), (shard, silo));
                }
            }
            if (running.Count == 0)
            {
                throw new ClusterException("no silo is active in the cluster");
            }
            await Task.WhenAny(running.Keys.Append(Task.Delay(options.MembershipPoll, cancellationToken))).ConfigureAwait(false);
            cancellationToken.ThrowIfCancellationRequested();
            foreach (var (task, place) in running.Where(r => r.Key.IsCompleted).ToList())
            {
                if (task.IsCompletedSuccessfully)
                {
                    running.Remove(task);
                    finished.Add(place.Shard, task.Result);
                    continue;
                }
                if (++attempts[place.Shard] >= options.MaxAttempts)
                {
                    throw new ClusterException($"shard {place.Shard + 1} failed {attempts[place.Shard]} times; last: {task.Exception?.GetBaseException().Message ?? "cancelled"}");
                }
                Abandon(task, running, waiting, place.Shard);
            }
            while (finished.Remove(next, out var result))
            {
                yield return result;
                next++;
            }
        }
    }

    private static void Abandon<TResult>(Task<TResult> task, Dictionary<Task<TResult>, (int Shard, SiloAddress Silo)> running, SortedSet<int> waiting, int shard)
    {
        running.Remove(task);
        waiting.Add(shard);
        // The abandoned call may still fail later (its silo is gone): observe it so it is not reported as unobserved.
        _ = task.ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.OnlyOnFaulted, TaskScheduler.Default);
    }

    /// <summary>The active silos at the start: the first read may wait for a busy or just-started cluster.</summary>
    private async Task<SiloAddress[]> FirstSilosAsync(CancellationToken cancellationToken)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(options.FirstMembershipReadTimeout, cancellationToken).ConfigureAwait(false);
            return [.. hosts.Where(h => h.Value == SiloStatus.Active).Select(h => h.Key).Order()];
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            throw new ClusterException($"the cluster did not say which silos are active within {options.FirstMembershipReadTimeout.TotalSeconds:0} s: {e.Message}", e);
        }
    }

    /// <summary>The active silos, sorted; the last known list if the membership cannot be read in time.</summary>
    private async Task<SiloAddress[]> ActiveSilosAsync(SiloAddress[] known, CancellationToken cancellationToken)
    {
        try
        {
            var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
                .WaitAsync(options.MembershipReadTimeout, cancellationToken).ConfigureAwait(false);
            return [.. hosts.Where(h => h.Value == SiloStatus.Active).Select(h => h.Key).Order()];
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            return known;
        }
    }
}
