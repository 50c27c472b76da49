using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// What every shared resource has in common, as SimPy's <c>BaseResource</c> does it: a queue of puts and a queue of
/// gets, each served in order by <see cref="DoPut"/>/<see cref="DoGet"/> whenever an operation is issued or one of
/// the other kind is processed. Granting never resumes a line inline: the grant is processed in a later step of the
/// loop, as SimPy schedules the event, so lines asking at the same instant are served in SimPy's order.
/// </summary>
internal abstract class ResourceCore(Simulation simulation, string name)
{
    private static readonly Action<object?> ServePuts = static state => ((ResourceCore)state!).TriggerPut();

    private long _sequence;

    public Simulation Simulation { get; } = simulation ?? throw new ArgumentNullException(nameof(simulation));

    public string Name { get; } = name ?? throw new ArgumentNullException(nameof(name));

    protected List<ResourceOperation> Puts { get; } = [];

    protected List<ResourceOperation> Gets { get; } = [];

    public int PutQueueLength => Puts.Count;

    public int GetQueueLength => Gets.Count;

    public long NextSequence() => _sequence++;

    /// <summary>
    /// Issues the operation <paramref name="create"/> makes for the line running now and returns what it is granted (null when it lost
    /// a race against <paramref name="timeout"/> or <paramref name="giveUp"/>).
    /// </summary>
    public Task<object?> Submit(Func<Line?, ResourceOperation> create, string label, TimeSpan? timeout, SimEvent? giveUp, CancellationToken cancellationToken, bool waits = true)
    {
        var owner = Simulation.Loop.WaitingLine();
        if (timeout is { } t && t < TimeSpan.Zero)
        {
            throw new ArgumentOutOfRangeException(nameof(timeout), t, $"{Name}: a timeout must not be negative (got {TimeFormat.Seconds(t)})");
        }
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled<object?>(cancellationToken);
        }
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException<object?>(interrupt);
        }
        var operation = create(owner);
        if (waits)
        {
            owner?.RegisterWait(operation, label);
        }
        operation.Watch(cancellationToken);
        if (operation.IsPut)
        {
            AddPut(operation);
            TriggerPut();
        }
        else
        {
            AddGet(operation);
            TriggerGet();
        }
        if (timeout is { } due)
        {
            operation.RaceTimeout(Simulation.Loop.NowTicks + due.Ticks);
        }
        if (giveUp is not null)
        {
            operation.RaceEvent(giveUp);
        }
        return operation.Task;
    }

    /// <summary>Called when a granted operation is processed: the other queue may now be served.</summary>
    public void OnProcessed(ResourceOperation operation)
    {
        if (operation.IsPut)
        {
            TriggerGet();
        }
        else
        {
            TriggerPut();
        }
    }

    /// <summary>Called as a granted operation's line resumes: the trace shows who let it go on.</summary>
    public virtual void OnResumed(ResourceOperation operation)
    {
        Simulation.Link(operation.GrantedBy, operation.Owner, Name);
    }

    /// <summary>What the resource is, as a message names it: "resource", "store" or "container".</summary>
    public abstract string Kind { get; }

    /// <summary>What <paramref name="operation"/> is called in a message: a put or a get (a request, for a resource).</summary>
    public virtual string OperationName(ResourceOperation operation) => operation.IsPut ? "put" : "get";

    /// <summary>What <paramref name="operation"/> waits for, naming the lines on the other side where there are any.</summary>
    public abstract string DescribeWait(ResourceOperation operation);

    /// <summary>The names of the lines that issued <paramref name="operations"/>, quoted, or <paramref name="none"/>.</summary>
    protected static string LinesOf(IEnumerable<ResourceOperation> operations, string none)
    {
        var names = operations.Select(o => o.Owner is { } line ? $"'{line.Name}'" : "code outside lines").Distinct().ToList();
        return names.Count == 0 ? none : string.Join(", ", names);
    }

    /// <summary>A cancelled, interrupted or timed-out operation leaves its queue, or gives back what it was granted.</summary>
    public void Withdraw(ResourceOperation operation)
    {
        if (!operation.Granted)
        {
            (operation.IsPut ? Puts : Gets).Remove(operation);
        }
        else
        {
            GiveBack(operation);
        }
    }

    /// <summary>Serves the put queue later in this instant, as SimPy does once a release or a get is processed.</summary>
    protected void ServePutsLater() => Simulation.Loop.PostAction(Simulation.Loop.Current, ServePuts, this);

    /// <summary>Records an instant event on the line running now, when the simulation records a trace.</summary>
    protected void RecordOnCurrent(string what)
    {
        if (Simulation.Options.RecordTrace && Simulation.Loop.Current is { HasFinished: false } line)
        {
            Simulation.Trace.AddEvent(line.Trace, Simulation.Now, what);
        }
    }

    protected virtual void AddPut(ResourceOperation operation) => Puts.Add(operation);

    protected virtual void AddGet(ResourceOperation operation) => Gets.Add(operation);

    /// <summary>Grants <paramref name="operation"/> if it can be; returns whether to go on to the next in the queue.</summary>
    protected abstract bool DoPut(ResourceOperation operation);

    /// <summary>Grants <paramref name="operation"/> if it can be; returns whether to go on to the next in the queue.</summary>
    protected abstract bool DoGet(ResourceOperation operation);

    /// <summary>Undoes the grant of an operation whose line gave up before it resumed.</summary>
    protected abstract void GiveBack(ResourceOperation operation);

    private void TriggerPut() => Serve(Puts, puts: true);

    private void TriggerGet() => Serve(Gets, puts: false);

    private void Serve(List<ResourceOperation> queue, bool puts)
    {
        var index = 0;
        while (index < queue.Count)
        {
            var operation = queue[index];
            var proceed = puts ? DoPut(operation) : DoGet(operation);
            if (!operation.Granted)
            {
                index++;
            }
            else
            {
                queue.RemoveAt(index);
            }
            if (!proceed)
            {
                break;
            }
        }
    }
}
