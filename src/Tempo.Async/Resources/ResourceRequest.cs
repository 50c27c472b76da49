namespace Tempo.Async;

/// <summary>
/// A granted request for a <see cref="Resource"/>, <see cref="PriorityResource"/> or <see cref="PreemptiveResource"/>:
/// the line holds one unit of the resource until it disposes the request (<c>using var req = await
/// counter.RequestAsync(ct);</c>), as SimPy's <c>with res.request() as req</c> releases at the end of the block.
/// </summary>
public sealed class ResourceRequest : IDisposable
{
    private readonly RequestQueue _queue;

    internal ResourceRequest(RequestQueue queue, ResourceOperation operation)
    {
        _queue = queue;
        Operation = operation;
    }

    /// <summary>The name of the resource the request holds.</summary>
    public string ResourceName => _queue.Name;

    /// <summary>The request's priority (lower is more important; 0 for a plain <see cref="Resource"/>).</summary>
    public int Priority => Operation.Priority;

    /// <summary>When the request was issued.</summary>
    public TimeSpan RequestedAt => Operation.RequestedAt;

    /// <summary>When the request was granted: since then the line uses the resource.</summary>
    public TimeSpan UsageSince { get; internal set; }

    /// <summary>Whether the request has been released (or lost to preemption and then disposed).</summary>
    public bool IsReleased { get; private set; }

    internal ResourceOperation Operation { get; }

    /// <summary>Releases the resource; waiting requests are served later in the same instant. Releasing twice does nothing.</summary>
    public void Dispose()
    {
        if (IsReleased)
        {
            return;
        }
        IsReleased = true;
        _queue.Release(this);
    }

    /// <inheritdoc />
    public override string ToString() => $"request for '{ResourceName}'";
}
