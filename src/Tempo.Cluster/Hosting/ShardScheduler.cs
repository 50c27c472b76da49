using System.Runtime.CompilerServices;
using System.Threading.Channels;

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
/// <para>
/// The client's cost per shard does not grow with the cluster: each call reports its end through a channel (no wait over
/// every running call), and the running count of each silo is kept, not counted (with 1,000 silos and 2,000 calls out,
/// a count per silo per wake-up was 2 million steps).
/// </para>
/// </remarks>
internal sealed class ShardScheduler(Func<TimeSpan, CancellationToken, Task<SiloAddress[]>> readActiveSilos, ShardingOptions options)
{
    /// <summary>How long the end of a job waits for its cancelled calls to end (a killed silo never answers).</summary>
    private static readonly TimeSpan CancellationGrace = TimeSpan.FromSeconds(5);

    /// <summary>A scheduler over the silos that <paramref name="grains"/>' cluster says are active.</summary>
    public ShardScheduler(IGrainFactory grains, ShardingOptions options)
        : this((within, token) => ReadActiveSilosAsync(grains, within, token), options)
    {
    }

    public async IAsyncEnumerable<TResult> RunInOrderAsync<TResult>(
        int shardCount,
        Func<string, int, CancellationToken, Task<TResult>> call,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var waiting = new SortedSet<int>(Enumerable.Range(0, shardCount));
        var running = new Dictionary<Task<TResult>, RunningShard>();
        var runningOn = new Dictionary<SiloAddress, int>();
        var ended = Channel.CreateUnbounded<Task<TResult>>(new UnboundedChannelOptions { SingleReader = true });
        var finished = new Dictionary<int, TResult>();
        var attempts = new int[shardCount];
        var silos = await FirstSilosAsync(cancellationToken).ConfigureAwait(false);
        var poll = Task.Delay(options.MembershipPoll, cancellationToken);
        Task<bool>? anyEnded = null;
        int next = 0;
        try
        {
            while (next < shardCount)
            {
                cancellationToken.ThrowIfCancellationRequested();
                if (poll.IsCompleted)
                {
                    var active = await ActiveSilosAsync(silos, cancellationToken).ConfigureAwait(false);
                    bool siloLeft = silos.Except(active).Any();
                    silos = active;
                    var present = new HashSet<SiloAddress>(silos);
                    foreach (var (task, place) in running.Where(r => siloLeft || !present.Contains(r.Value.Silo)).ToList())
                    {
                        Abandon(task, place);
                    }
                    poll = Task.Delay(options.MembershipPoll, cancellationToken);
                }
                foreach (var silo in silos)
                {
                    runningOn.TryGetValue(silo, out int busy);
                    for (; waiting.Count > 0 && busy < options.InFlightPerSilo; busy++)
                    {
                        int shard = waiting.Min;
                        waiting.Remove(shard);
                        var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
                        var task = call(ShardKey.For(silo), shard, stop.Token);
                        running.Add(task, new(shard, silo, stop));
                        _ = task.ContinueWith(static (t, writer) => ((ChannelWriter<Task<TResult>>)writer!).TryWrite(t), ended.Writer,
                            CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
                    }
                    runningOn[silo] = busy;
                }
                if (running.Count == 0)
                {
                    throw new ClusterException("no silo is active in the cluster");
                }
                anyEnded ??= ended.Reader.WaitToReadAsync(cancellationToken).AsTask();
                await Task.WhenAny(anyEnded, poll).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                if (anyEnded.IsCompleted)
                {
                    anyEnded = null;
                }
                while (ended.Reader.TryRead(out var task))
                {
                    // A call abandoned earlier (its shard already waits or runs again) ends here too: its answer is ignored.
                    if (!running.Remove(task, out var place))
                    {
                        continue;
                    }
                    runningOn[place.Silo]--;
                    if (task.IsCompletedSuccessfully)
                    {
                        place.Stop.Dispose();
                        finished.Add(place.Shard, task.Result);
                        continue;
                    }
                    if (++attempts[place.Shard] >= options.MaxAttempts)
                    {
                        throw new ClusterException($"shard {place.Shard + 1} failed {attempts[place.Shard]} times; last: {task.Exception?.GetBaseException().Message ?? "cancelled"}");
                    }
                    waiting.Add(place.Shard);
                    Forget(task, place);
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
            var all = Task.WhenAll(stopping).ContinueWith(static t => t.Exception, CancellationToken.None, TaskContinuationOptions.None, TaskScheduler.Default);
            await Task.WhenAny(all, Task.Delay(CancellationGrace, CancellationToken.None)).ConfigureAwait(false);
        }

        // A shard whose silo left or vanished from the list goes back to the queue; its old call is cancelled.
        void Abandon(Task<TResult> task, RunningShard place)
        {
            running.Remove(task);
            runningOn[place.Silo]--;
            waiting.Add(place.Shard);
            Forget(task, place);
        }
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
            return await readActiveSilos(options.FirstMembershipReadTimeout, cancellationToken).ConfigureAwait(false);
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
            return await readActiveSilos(options.MembershipReadTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is TimeoutException or OrleansException)
        {
            return known;
        }
    }

    /// <summary>The silos the cluster's membership calls active, sorted, read within <paramref name="within"/>.</summary>
    private static async Task<SiloAddress[]> ReadActiveSilosAsync(IGrainFactory grains, TimeSpan within, CancellationToken cancellationToken)
    {
        var hosts = await grains.GetGrain<IManagementGrain>(0).GetHosts(onlyActive: true)
            .WaitAsync(within, cancellationToken).ConfigureAwait(false);
        return [.. hosts.Where(h => h.Value == SiloStatus.Active).Select(h => h.Key).Order()];
    }
}
