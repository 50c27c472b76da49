using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Sends shards to the live silos (at most <see cref="ShardingOptions.InFlightPerSilo"/> each, each shard pinned to its
/// silo by <see cref="ShardKey"/>) and gives their results back in shard order. Every shard is in exactly one place --
/// waiting, running on one silo, or finished -- so nothing is lost or given twice: a shard whose call fails goes back
/// to the queue; when any silo leaves the cluster, every running shard goes back (its old call is cancelled and its
/// answer ignored); a silo that joins takes work.
/// </summary>
/// <remarks>
/// Why every running shard and not only those on the silo that left: a client sends each call through one of the
/// gateways, which is often another silo's, and a call (or its answer) inside a killed gateway is lost without a
/// word. Shard calls may run for hours (<see cref="SiloSetup.LongCall"/>), so such a call would otherwise be waited
/// for as long -- the client hung after a silo was SIGKILLed mid-batch while its last shards, pinned to the surviving
/// silo, had gone through the dead one's gateway.
/// </remarks>
internal sealed class ShardScheduler(IGrainFactory grains, ShardingOptions options)
{
    /// <summary>How long the end of a job waits for its cancelled calls to end (a killed silo never answers).</summary>
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(5);

    public async IAsyncEnumerable<TResult> RunInOrderAsync<TResult>(
        int shardCount,
        Func<string, int, CancellationToken, Task<TResult>> call,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var waiting = new SortedSet<int>(Enumerable.Range(0, shardCount));
        var running = new Dictionary<Task<TResult>, RunningShard>();
        var finished = new Dictionary<int, TResult>();
        var attempts = new int[shardCount];
        var silos = await FirstSilosAsync(cancellationToken).ConfigureAwait(false);
        var sinceRefresh = Stopwatch.StartNew();
        int next = 0;
        try
        {
            while (next < shardCount)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (sinceRefresh.Elapsed >= options.MembershipPoll)
                {
                    var active = await ActiveSilosAsync(silos, cancellationToken).ConfigureAwait(false);
                    bool siloLeft = silos.Except(active).Any();
                    silos = active;
                    sinceRefresh.Restart();
                    foreach (var (task, place) in running.Where(r => siloLeft || !silos.Contains(r.Value.Silo)).ToList())
                    {
                        Abandon(task, running, waiting, place);
                    }
                }
                foreach (var silo in silos)
                {
                    while (waiting.Count > 0 && running.Values.Count(r => r.Silo.Equals(silo)) < options.InFlightPerSilo)
                    {
                        int shard = waiting.Min;
                        waiting.Remove(shard);
                        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        running.Add(call(ShardKey.For(silo), shard, stop.Token), new(shard, silo, stop));
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
                        place.Stop.Dispose();
                        finished.Add(place.Shard, task.Result);
                        continue;
                    }
                    if (++attempts[place.Shard] >= options.MaxAttempts)
                    {
                        throw new ClusterException($"shard {place.Shard + 1} failed {attempts[place.Shard]} times; last: {task.Exception?.GetBaseException().Message ?? "cancelled"}");
                    }
                    Abandon(task, running, waiting, place);
                }
                while (finished.Remove(next, out var result))
                {
                    yield return result;
                    next++;
                }
            }
        }
        finally
        {
            // The job ended (done, failed or cancelled): calls still out are cancelled, and their ends awaited for a
            // moment, so that each cancellation has reached its silo before the client goes away (a client that exits
            // at once can take an unsent cancellation with it, and that silo then proves on for nobody).
            var stopping = running.Keys.ToArray();
            foreach (var (task, place) in running)
            {
                Forget(task, place);
            }
            var ended = Task.WhenAll(stopping).ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            await Task.WhenAny(ended, Task.Delay(CancellationGrace, CancellationToken.None)).ConfigureAwait(false);
        }
    }

    private static void Abandon<TResult>(Task<TResult> task, Dictionary<Task<TResult>, RunningShard> running, SortedSet<int> waiting, RunningShard place)
    {
        running.Remove(task);
        waiting.Add(place.Shard);
        Forget(task, place);
    }

    /// <summary>Cancels a call no longer waited for (its silo stops the work if it still hears) and observes how it ends.</summary>
    private static void Forget<TResult>(Task<TResult> task, RunningShard place)
    {
        place.Stop.Cancel();
        _ = task.ContinueWith(static (t, stop) =>
        {
            ((CancellationTokenSource)stop!).Dispose();
            return t.Exception;
        }, place.Stop, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
    }

    /// <summary>A shard's call in flight: which shard, the silo it is pinned to, and how to cancel it.</summary>
    private sealed record RunningShard(int Shard, SiloAddress Silo, CancellationTokenSource Stop);

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
