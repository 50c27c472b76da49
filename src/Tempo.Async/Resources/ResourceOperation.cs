namespace Tempo.Async;

/// <summary>
/// One put or get on a shared resource, SimPy's <c>Put</c>/<c>Get</c> event: it sits in its resource's queue until
/// the resource grants it, then resumes its line one loop step later (never inline), or two when it races a timeout or
/// an event (SimPy's condition <c>req | timeout</c> adds that step).
/// </summary>
internal sealed class ResourceOperation : TaskCompletionSource<object?>, IDescribedWait, ITimedItem
{
    private static readonly Action<object?> Process = static state => ((ResourceOperation)state!).OnProcessed();
    private static readonly Action<object?> ResolveGranted = static state => ((ResourceOperation)state!).Resolve(true);
    private static readonly Action<object?> ResolveGaveUp = static state => ((ResourceOperation)state!).Resolve(false);
    private static readonly Action<object?> ConditionMet = static state =>
    {
        var operation = (ResourceOperation)state!;
        operation._core.Simulation.Loop.PostAction(operation.Owner, ResolveGaveUp, operation);
    };

    private readonly ResourceCore _core;
    private CancellationTokenRegistration _registration;
    private long _due = -1;
    private int _timedVersion;

    public ResourceOperation(ResourceCore core, bool isPut, Line? owner, bool racing)
    {
        _core = core;
        IsPut = isPut;
        Owner = owner;
        Racing = racing;
        Sequence = core.NextSequence();
        RequestedAt = core.Simulation.Now;
    }

    public bool IsPut { get; }

    public Line? Owner { get; }

    /// <summary>Whether the operation races a timeout or an event; the loser of the race leaves the queue.</summary>
    public bool Racing { get; }

    /// <summary>Issue order within the resource, the last tie breaker of priority queues.</summary>
    public long Sequence { get; }

    public TimeSpan RequestedAt { get; }

    /// <summary>Whether the resource has granted the operation (SimPy's <c>triggered</c>).</summary>
    public bool Granted { get; private set; }

    /// <summary>
    /// Whether the line resumed granted, i.e. the grant was processed before the timeout or event it raced (SimPy's
    /// <c>put in result</c>). A put the resource accepted in the same instant after losing stays accepted, as in SimPy;
    /// a get's item or amount goes back (SimPy would drop it).
    /// </summary>
    public bool Succeeded { get; private set; }

    /// <summary>Whether the waiting code has been given its answer (granted, gave up, cancelled or interrupted).</summary>
    public bool Resolved { get; private set; }

    /// <summary>What a get hands over, or the request a grant hands over.</summary>
    public object? Value { get; set; }

    /// <summary>The item a store put offers, or the amount a container put or get moves.</summary>
    public object? Item { get; init; }

    public double Amount { get; init; }

    public int Priority { get; init; }

    public bool Preempt { get; init; }

    public Func<object?, bool>? Filter { get; init; }

    /// <summary>The line whose step granted the operation (who released, put or got what it waited for).</summary>
    public Line? GrantedBy { get; private set; }

    public Line? Blame => Owner;

    public void Watch(CancellationToken cancellationToken)
    {
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(static (state, token) => ((ResourceOperation)state!).GiveUp(new OperationCanceledException(token)), this);
        }
    }

    /// <summary>Gives up at <paramref name="due"/> unless granted before (SimPy's <c>req | env.timeout(t)</c>).</summary>
    public void RaceTimeout(long due)
    {
        _timedVersion++;
        _due = _core.Simulation.Loop.ScheduleTimed(due, Owner, this, _timedVersion);
    }

    /// <summary>Gives up when <paramref name="giveUp"/> is set unless granted before (SimPy's <c>req | event</c>).</summary>
    public void RaceEvent(SimEvent giveUp)
    {
        // An event already set completes the condition at once, which resumes the line one step later; one set
        // later is processed first, and its condition one step after that.
        if (giveUp.IsSet)
        {
            _core.Simulation.Loop.PostAction(Owner, ResolveGaveUp, this);
        }
        else
        {
            giveUp.Subscribe(Owner, ConditionMet, this);
        }
    }

    /// <summary>The resource grants the operation: its line resumes in a later step.</summary>
    public void Grant(object? value)
    {
        Granted = true;
        Value = value;
        GrantedBy = _core.Simulation.Loop.Current;
        _core.Simulation.Loop.PostAction(Owner, Process, this);
    }

    public bool IsLive(int version) => !Resolved && version == _timedVersion;

    public void Fire(int version)
    {
        _due = -1;
        // The timeout is processed now; the condition it completes resumes the line one step later.
        _core.Simulation.Loop.PostAction(Owner, ResolveGaveUp, this);
    }

    public void Abort(Exception exception) => GiveUp(exception);

    /// <summary>What the line waits for and who stands on the other side, for a deadlock report.</summary>
    public string Describe() => _core.DescribeWait(this);

    /// <summary>What a line that blocks the loop waiting synchronously for this operation waits for, and why only the loop can end it.</summary>
    public string DescribeBlocked() => Granted
        ? $"{_core.Kind} '{_core.Name}', which has granted its {_core.OperationName(this)} but hands it over only when the loop runs"
        : $"{Describe()}, and only the loop it blocks can end that wait";

    private void OnProcessed()
    {
        // SimPy's callbacks in order: the resource serves the other queue, then the waiting process resumes.
        _core.OnProcessed(this);
        if (Racing)
        {
            _core.Simulation.Loop.PostAction(Owner, ResolveGranted, this);
        }
        else
        {
            Resolve(true);
        }
    }

    private void Resolve(bool granted)
    {
        if (Resolved)
        {
            return;
        }
        if (!granted)
        {
            GiveUp(null);
            return;
        }
        Settle();
        Succeeded = true;
        _core.OnResumed(this);
        TrySetResult(Value);
    }

    /// <summary>Ends the wait without the grant: null when a race was lost, else the cancellation or interrupt.</summary>
    private void GiveUp(Exception? error)
    {
        if (Resolved)
        {
            return;
        }
        Settle();
        _core.Withdraw(this);
        if (error is null)
        {
            TrySetResult(null);
        }
        else if (error is OperationCanceledException cancelled)
        {
            TrySetCanceled(cancelled.CancellationToken);
        }
        else
        {
            TrySetException(error);
        }
    }

    private void Settle()
    {
        Resolved = true;
        _registration.Unregister();
        Owner?.EndWait(this);
        if (_due >= 0)
        {
            _core.Simulation.Loop.CancelTimed(_due);
            _due = -1;
        }
    }
}
