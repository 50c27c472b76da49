namespace Tempo.Async;

/// <summary>
/// The task behind every runtime wait that returns a Task (delays, conditions, events, awaiting a line, scopes).
/// It is completed in its owner's step, so the awaiting code continues inline, attributed to its own line.
/// </summary>
internal sealed class Promise<T> : TaskCompletionSource<T>, IPromise, ITimedItem
{
    private readonly Simulation _simulation;
    private CancellationTokenRegistration _registration;
    private long _due = -1;
    private int _timedVersion;

    public Promise(Simulation simulation, Line? owner, string label, Func<bool>? condition = null)
    {
        _simulation = simulation;
        Owner = owner;
        Label = label;
        Condition = condition;
    }

    public Line? Owner { get; }

    public string Label { get; }

    public Func<bool>? Condition { get; }

    /// <summary>The condition ends the line's own work (work until), so no other line is credited with waking it.</summary>
    public bool EndsOwnWork { get; init; }

    /// <summary>The line credited with making the condition true, if the waiter named one.</summary>
    public Line? Cause { get; init; }

    public bool Done { get; private set; }

    /// <summary>What the wait is for, as a blocked-loop report names it (e.g. "event 'go'"); the label quoted when null.</summary>
    public string? Subject { get; init; }

    /// <summary>When a timed promise is due, in ticks of virtual time, or -1 when it is not scheduled.</summary>
    public long DueTicks => _due;

    public Line? Blame => Owner;

    public void Watch(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(static (state, token) => ((Promise<T>)state!).OnCancelled(token), this);
        }
    }

    public void ScheduleAt(long due)
    {
        _timedVersion++;
        _due = _simulation.Loop.ScheduleTimed(due, Owner, this, _timedVersion);
    }

    public bool IsLive(int version) => !Done && version == _timedVersion;

    public void Fire(int version)
    {
        _due = -1;
        Finish(default!);
    }

    public void Finish(T value)
    {
        if (Settle())
        {
            TrySetResult(value);
        }
    }

    public void Fail(Exception exception)
    {
        if (Settle())
        {
            TrySetException(exception);
        }
    }

    public void Abort(Exception exception) => Fail(exception);

    public void Cancel(CancellationToken token)
    {
        if (Settle())
        {
            TrySetCanceled(token);
        }
    }

    public void CopyFrom(Task source)
    {
        if (!Settle())
        {
            return;
        }
        if (source.IsFaulted)
        {
            TrySetException(source.Exception!.InnerExceptions);
        }
        else if (source.IsCanceled)
        {
            TrySetCanceled();
        }
        else
        {
            TrySetResult(source is Task<T> typed ? typed.Result : default!);
        }
    }

    private void OnCancelled(CancellationToken token) => Cancel(token);

    private bool Settle()
    {
        if (Done)
        {
            return false;
        }
        Done = true;
        _registration.Unregister();
        Owner?.EndWait(this);
        if (_due >= 0)
        {
            _simulation.Loop.CancelTimed(_due);
            _due = -1;
        }
        return true;
    }
}
