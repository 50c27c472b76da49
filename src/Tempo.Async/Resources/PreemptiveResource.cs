namespace Tempo.Async;

/// <summary>
/// SimPy's <c>PreemptiveResource</c>: a <see cref="PriorityResource"/> where a request that may preempt takes the
/// place of the least important user if that user is less important (by priority, then request time). The user's line
/// is interrupted: it gets an <see cref="InterruptException"/> whose <see cref="InterruptException.Cause"/> is a
/// <see cref="Preempted"/> naming the line that took the resource, when, and since when it had it. It no longer holds
/// the resource; disposing its request then does nothing.
/// </summary>
public sealed class PreemptiveResource
{
    private readonly RequestQueue _queue;

    /// <summary>Creates a resource named <paramref name="name"/> with <paramref name="capacity"/> units (at least 1).</summary>
    public PreemptiveResource(Simulation simulation, string name, int capacity = 1) =>
        _queue = new RequestQueue(simulation, name, capacity, sorted: true, preemptive: true);

    /// <summary>The resource's name, as waiting lines record it in the trace.</summary>
    public string Name => _queue.Name;

    /// <summary>How many units there are.</summary>
    public int Capacity => _queue.Capacity;

    /// <summary>How many units are in use.</summary>
    public int Count => _queue.Count;

    /// <summary>How many requests wait.</summary>
    public int QueueLength => _queue.PutQueueLength;

    /// <summary>
    /// Waits for a unit with <paramref name="priority"/> (lower is more important); when <paramref name="preempt"/>,
    /// takes it at once from a less important user. Dispose the result to release it.
    /// </summary>
    public Task<ResourceRequest> RequestAsync(int priority, bool preempt = true, CancellationToken cancellationToken = default) =>
        _queue.RequestAsync(priority, preempt, cancellationToken);

    /// <summary>As <see cref="RequestAsync"/>, for at most <paramref name="timeout"/>: null (and out of the queue) if time ran out.</summary>
    public Task<ResourceRequest?> RequestOrTimeoutAsync(int priority, TimeSpan timeout, bool preempt = true, CancellationToken cancellationToken = default) =>
        _queue.RequestOrTimeoutAsync(priority, preempt, timeout, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Count}/{Capacity} in use, {QueueLength} waiting)";
}
