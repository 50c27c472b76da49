namespace Tempo.Cluster.Hosting;

/// <summary>
/// What every shard grain does around its work, kept in one place so the next grain cannot forget it: the work runs
/// off the Orleans turn, the silo's <see cref="ShardLog"/> hears the shard start and end or stop, and the activation
/// goes once the call is answered.
/// </summary>
internal abstract class ShardGrain(ShardLog log) : Grain
{
    /// <summary>
    /// Runs <paramref name="work"/> on the thread pool and returns its result. The log says
    /// "<paramref name="doing"/> <paramref name="shard"/>", then "<paramref name="done"/> <paramref name="shard"/>"
    /// or "stopped <paramref name="shard"/> (the client cancelled)" (e.g. doing "proving", done "proved", shard "lines 4-9").
    /// </summary>
    protected async Task<T> RunOffTurnAsync<T>(string doing, string done, string shard, Func<CancellationToken, T> work, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(work);
        log.Write($"{doing} {shard}");
        try
        {
            // Off the activation's scheduler: a grain's turn runs alone, so while synchronous work held it the client's
            // cancellation (an interleaved call to this activation) could not even be heard and the silo ran on.
            var result = await Task.Run(() => work(cancellationToken), CancellationToken.None).ConfigureAwait(true);
            log.Write($"{done} {shard}");
            return result;
        }
        catch (OperationCanceledException)
        {
            // The client gave this shard up (Ctrl-C, or it sends the shard again elsewhere): its result is not wanted.
            log.Write($"stopped {shard} (the client cancelled)");
            throw;
        }
        finally
        {
            // Work of one call only: free the activation at once so shards spread by key, not by leftover activations.
            DeactivateOnIdle();
        }
    }
}
