namespace Tempo.Async;

/// <summary>
/// SimPy's <c>PriorityResource</c>: a <see cref="Resource"/> whose waiting requests are served by priority (lower is
/// more important), then by request time, then in issue order. Acquiring always yields, as for <see cref="Resource"/>.
/// </summary>
public sealed class PriorityResource
{
    private readonly RequestQueue _queue;

    /// <summary>Creates a resource named <paramref name="name"/> with <paramref name="capacity"/> units (at least 1).</summary>
    public PriorityResource(Simulation simulation, string name, int capacity = 1) =>
        _queue = new RequestQueue(simulation, name, capacity, sorted: true, preemptive: false);

    /// <summary>The resource's name, as waiting lines record it in the trace.</summary>
    public string Name => _queue.Name;

    /// <summary>How many units there are.</summary>
    public int Capacity => _queue.Capacity;

    /// <summary>How many units are in use.</summary>
    public int Count => _queue.Count;

    /// <summary>How many requests wait.</summary>
    public int QueueLength => _queue.PutQueueLength;

    /// <summary>Waits for a unit with <paramref name="priority"/> (lower is served first); dispose the result to release it.</summary>
    public Task<ResourceRequest> RequestAsync(int priority, CancellationToken cancellationToken = default) =>
        _queue.RequestAsync(priority, true, cancellationToken);

    /// <summary>Waits for a unit at most <paramref name="timeout"/>: the granted request, or null (and out of the queue) if time ran out.</summary>
    public Task<ResourceRequest?> RequestOrTimeoutAsync(int priority, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.RequestOrTimeoutAsync(priority, true, timeout, cancellationToken);

    /// <summary>Waits for a unit until <paramref name="giveUp"/> is set: the granted request, or null (and out of the queue) if it came first.</summary>
    public Task<ResourceRequest?> RequestOrEventAsync(int priority, SimEvent giveUp, CancellationToken cancellationToken = default) =>
        _queue.RequestOrEventAsync(priority, true, giveUp, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Count}/{Capacity} in use, {QueueLength} waiting)";
}
