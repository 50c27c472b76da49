namespace Tempo.Async;

/// <summary>
/// SimPy's <c>Resource</c>: <see cref="Capacity"/> units that lines request and release, first come, first served.
/// <c>using var req = await counter.RequestAsync(ct);</c> holds a unit until the end of the block. Acquiring always
/// yields to the loop, even when a unit is free: the line resumes after the work already due at that instant, as a
/// SimPy process does, so lines asking at the same instant are served in a deterministic order. A request whose wait
/// is cancelled, interrupted or given up leaves the queue. The trace shows each line waiting for the resource by name,
/// a link from the line that freed the unit, and "acquired"/"released" events.
/// </summary>
public sealed class Resource
{
    private readonly RequestQueue _queue;

    /// <summary>Creates a resource named <paramref name="name"/> with <paramref name="capacity"/> units (at least 1).</summary>
    public Resource(Simulation simulation, string name, int capacity = 1) =>
        _queue = new RequestQueue(simulation, name, capacity, sorted: false, preemptive: false);

    /// <summary>The resource's name, as waiting lines record it in the trace.</summary>
    public string Name => _queue.Name;

    /// <summary>How many units there are.</summary>
    public int Capacity => _queue.Capacity;

    /// <summary>How many units are in use.</summary>
    public int Count => _queue.Count;

    /// <summary>How many requests wait.</summary>
    public int QueueLength => _queue.PutQueueLength;

    /// <summary>Waits for a unit (SimPy's <c>yield res.request()</c>); dispose the result to release it.</summary>
    public Task<ResourceRequest> RequestAsync(CancellationToken cancellationToken = default) =>
        _queue.RequestAsync(0, false, cancellationToken);

    /// <summary>
    /// Waits for a unit at most <paramref name="timeout"/> (SimPy's reneging, <c>req | env.timeout(patience)</c>):
    /// the granted request, or null if the time ran out first, in which case the request has left the queue.
    /// </summary>
    public Task<ResourceRequest?> RequestOrTimeoutAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.RequestOrTimeoutAsync(0, false, timeout, cancellationToken);

    /// <summary>
    /// Waits for a unit until <paramref name="giveUp"/> is set (SimPy's <c>req | event</c>): the granted request, or
    /// null if the event came first, in which case the request has left the queue.
    /// </summary>
    public Task<ResourceRequest?> RequestOrEventAsync(SimEvent giveUp, CancellationToken cancellationToken = default) =>
        _queue.RequestOrEventAsync(0, false, giveUp, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Count}/{Capacity} in use, {QueueLength} waiting)";
}
