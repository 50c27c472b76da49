namespace Tempo.Async;

/// <summary>
/// The engine of <see cref="Container"/> (SimPy's <c>container.py</c>): a level between 0 and the capacity; a put
/// waits until there is room for its amount, a get until there is enough; each queue is served in order, and
/// serving stops at the first that must still wait.
/// </summary>
internal sealed class ContainerQueue : ResourceCore
{
    public ContainerQueue(Simulation simulation, string name, double capacity, double initial)
        : base(simulation, name)
    {
        if (!(capacity > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"container '{name}': the capacity must be greater than 0");
        }
        if (!(initial >= 0) || initial > capacity)
        {
            throw new ArgumentOutOfRangeException(nameof(initial), initial, $"container '{name}': the initial level must be between 0 and the capacity {capacity}");
        }
        Capacity = capacity;
        Level = initial;
    }

    public double Capacity { get; }

    public double Level { get; private set; }

    public Task MoveAsync(bool put, double amount, CancellationToken cancellationToken) =>
        Submit(owner => new ResourceOperation(this, put, owner, racing: false) { Amount = amount }, Label(put, amount), null, null, cancellationToken);

    /// <summary>Moves unless <paramref name="timeout"/> runs out first; false when it did (the put or get has then left its queue).</summary>
    public async Task<bool> MoveOrTimeoutAsync(bool put, double amount, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ResourceOperation? move = null;
        await Submit(owner => move = new ResourceOperation(this, put, owner, racing: true) { Amount = amount }, Label(put, amount), timeout, null, cancellationToken);
        return move!.Succeeded;
    }

    private string Label(bool put, double amount)
    {
        if (!(amount > 0))
        {
            throw new ArgumentOutOfRangeException(nameof(amount), amount, $"container '{Name}': an amount must be greater than 0");
        }
        return put ? $"put {amount} into {Name}" : $"get {amount} from {Name}";
    }

    public override string Kind => "container";

    public override string DescribeWait(ResourceOperation operation) => operation.IsPut
        ? $"room for {operation.Amount} in container '{Name}' (level {Level} of {Capacity}; waiting to get: {LinesOf(Gets, "nobody")})"
        : $"{operation.Amount} from container '{Name}' (level {Level}; waiting to put: {LinesOf(Puts, "nobody")})";

    protected override bool DoPut(ResourceOperation operation)
    {
        if (Capacity - Level >= operation.Amount)
        {
            Level += operation.Amount;
            operation.Grant(null);
            return true;
        }
        return false;
    }

    protected override bool DoGet(ResourceOperation operation)
    {
        if (Level >= operation.Amount)
        {
            Level -= operation.Amount;
            operation.Grant(null);
            return true;
        }
        return false;
    }

    protected override void GiveBack(ResourceOperation operation)
    {
        // A get whose line gave up after it was served returns its amount; a put that was accepted stays.
        if (!operation.IsPut)
        {
            Level += operation.Amount;
        }
    }
}
