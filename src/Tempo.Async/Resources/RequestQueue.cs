namespace Tempo.Async;

/// <summary>
/// The engine of <see cref="Resource"/>, <see cref="PriorityResource"/> and <see cref="PreemptiveResource"/>
/// (SimPy's <c>resource.py</c>): up to <see cref="Capacity"/> users; requests wait first in first out, or sorted by
/// (priority, request time, not preempting) and then in issue order; a preempting request may take a less important
/// user's place, and that user's line is interrupted with a <see cref="Preempted"/> cause.
/// </summary>
internal sealed class RequestQueue : ResourceCore
{
    private readonly List<ResourceOperation> _users = [];
    private readonly bool _sorted;
    private readonly bool _preemptive;

    public RequestQueue(Simulation simulation, string name, int capacity, bool sorted, bool preemptive)
        : base(simulation, name)
    {
        if (capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"resource '{name}': the capacity must be at least 1");
        }
        Capacity = capacity;
        _sorted = sorted;
        _preemptive = preemptive;
    }

    public int Capacity { get; }

    public int Count => _users.Count;

    public async Task<ResourceRequest> RequestAsync(int priority, bool preempt, CancellationToken cancellationToken) =>
        (ResourceRequest)(await Submit(Create(priority, preempt, racing: false), Name, null, null, cancellationToken))!;

    public async Task<ResourceRequest?> RequestOrTimeoutAsync(int priority, bool preempt, TimeSpan timeout, CancellationToken cancellationToken) =>
        (ResourceRequest?)await Submit(Create(priority, preempt, racing: true), Name, timeout, null, cancellationToken);

    public async Task<ResourceRequest?> RequestOrEventAsync(int priority, bool preempt, SimEvent giveUp, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(giveUp);
        return (ResourceRequest?)await Submit(Create(priority, preempt, racing: true), Name, null, giveUp, cancellationToken);
    }

    public void Release(ResourceRequest request)
    {
        Simulation.Loop.CheckLoopThread(null);
        if (_users.Remove(request.Operation))
        {
            RecordOnCurrent($"released {Name}");
        }
        ServePutsLater();
    }

    public override void OnResumed(ResourceOperation operation)
    {
        base.OnResumed(operation);
        if (Simulation.Options.RecordTrace && operation.Owner is { } owner)
        {
            Simulation.Trace.AddEvent(owner.Trace, Simulation.Now, $"acquired {Name}");
        }
    }

    public override string Kind => "resource";

    public override string OperationName(ResourceOperation operation) => "request";

    public override string DescribeWait(ResourceOperation operation) =>
        $"resource '{Name}' held by {LinesOf(_users, "nobody")}";

    protected override void AddPut(ResourceOperation operation)
    {
        if (!_sorted)
        {
            Puts.Add(operation);
            return;
        }
        // After every request with the same key: SimPy appends, then sorts stably.
        var index = Puts.Count;
        while (index > 0 && Compare(Puts[index - 1], operation) > 0)
        {
            index--;
        }
        Puts.Insert(index, operation);
    }

    protected override bool DoPut(ResourceOperation operation)
    {
        if (_preemptive && operation.Preempt && _users.Count >= Capacity)
        {
            PreemptFor(operation);
        }
        if (_users.Count < Capacity)
        {
            _users.Add(operation);
            var request = new ResourceRequest(this, operation) { UsageSince = Simulation.Now };
            operation.Grant(request);
        }
        return false;
    }

    // Requests never wait in the get queue: a release is served at once (Release above).
    protected override bool DoGet(ResourceOperation operation) => false;

    protected override void GiveBack(ResourceOperation operation) => ((ResourceRequest)operation.Value!).Dispose();

    private Func<Line?, ResourceOperation> Create(int priority, bool preempt, bool racing) =>
        owner => new ResourceOperation(this, isPut: true, owner, racing) { Priority = priority, Preempt = preempt };

    private void PreemptFor(ResourceOperation operation)
    {
        // The least important user: the last of the users sorted stably by key, as SimPy picks it.
        var victim = _users[0];
        foreach (var user in _users)
        {
            if (Compare(user, victim) >= 0)
            {
                victim = user;
            }
        }
        if (Compare(victim, operation) <= 0)
        {
            return;
        }
        _users.Remove(victim);
        var by = operation.Owner?.Name ?? "code outside lines";
        var request = (ResourceRequest)victim.Value!;
        if (victim.Owner is { HasFinished: false } line)
        {
            RecordOnCurrent($"preempted {line.Name} from {Name}");
            Simulation.Lines.Interrupt(line, new Preempted(Name, by, Simulation.Now, request.UsageSince));
        }
    }

    /// <summary>SimPy's request key: (priority, request time, not preempting), lower is more important.</summary>
    private static int Compare(ResourceOperation a, ResourceOperation b)
    {
        var byPriority = a.Priority.CompareTo(b.Priority);
        if (byPriority != 0)
        {
            return byPriority;
        }
        var byTime = a.RequestedAt.CompareTo(b.RequestedAt);
        return byTime != 0 ? byTime : (!a.Preempt).CompareTo(!b.Preempt);
    }
}
