namespace Tempo.Async;

/// <summary>A named one-shot event: lines await <see cref="WaitAsync"/> until some line calls <see cref="Set"/>.</summary>
public sealed class SimEvent
{
    private static readonly Action<object?> Release = static state => ((Promise<bool>)state!).Finish(true);

    private readonly Simulation _simulation;
    private List<Promise<bool>>? _waiters;
    private List<(Line? Owner, Action<object?> Callback, object State)>? _subscribers;

    internal SimEvent(Simulation simulation, string name)
    {
        _simulation = simulation;
        Name = name;
    }

    /// <summary>The event's name; waiting lines record "wait: &lt;name&gt;".</summary>
    public string Name { get; }

    /// <summary>Whether the event has been set (and not reset since).</summary>
    public bool IsSet { get; private set; }

    /// <summary>Sets the event: every waiting line resumes, in the order it started waiting. Setting twice does nothing.</summary>
    public void Set()
    {
        _simulation.Loop.CheckLoopThread(null);
        if (IsSet)
        {
            return;
        }
        IsSet = true;
        var waiters = _waiters;
        _waiters = null;
        var subscribers = _subscribers;
        _subscribers = null;
        var setter = _simulation.Loop.Current;
        foreach (var (owner, callback, state) in subscribers ?? [])
        {
            _simulation.Link(setter, owner, Name);
            _simulation.Loop.PostAction(owner, callback, state);
        }
        foreach (var waiter in waiters ?? [])
        {
            if (!waiter.Done)
            {
                _simulation.Link(setter, waiter.Owner, Name);
                _simulation.Loop.PostAction(waiter.Owner, Release, waiter);
            }
        }
    }

    /// <summary>Runs <paramref name="callback"/> in a step of <paramref name="owner"/> once the event is set (not if already set).</summary>
    internal void Subscribe(Line? owner, Action<object?> callback, object state) => (_subscribers ??= []).Add((owner, callback, state));

    /// <summary>Clears the event so that later waits wait again.</summary>
    public void Reset()
    {
        _simulation.Loop.CheckLoopThread(null);
        IsSet = false;
    }

    /// <summary>Completes when the event is set; at once if it already is.</summary>
    public Task WaitAsync(CancellationToken cancellationToken = default)
    {
        var owner = _simulation.Loop.WaitingLine();
        if (IsSet)
        {
            return Task.CompletedTask;
        }
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException(interrupt);
        }
        var promise = new Promise<bool>(_simulation, owner, Name) { Subject = $"event '{Name}'" };
        owner?.RegisterWait(promise, Name);
        promise.Watch(cancellationToken);
        (_waiters ??= []).Add(promise);
        return promise.Task;
    }

    /// <inheritdoc />
    public override string ToString() => Name;
}
