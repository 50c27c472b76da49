namespace Tempo.Async;

/// <summary>How a store hands out its items.</summary>
internal enum StoreOrder : byte
{
    /// <summary>First in, first out (SimPy's <c>Store</c>).</summary>
    Fifo,

    /// <summary>The first item a get's filter accepts; gets wait independently (SimPy's <c>FilterStore</c>).</summary>
    Filter,

    /// <summary>The smallest item first, equal items in put order (SimPy's <c>PriorityStore</c>).</summary>
    Priority,
}

/// <summary>
/// The engine of <see cref="Store{T}"/>, <see cref="FilterStore{T}"/> and <see cref="PriorityStore{T}"/> (SimPy's
/// <c>store.py</c>): up to <see cref="Capacity"/> items; a put waits while the store is full, a get while it has no
/// (matching) item. Both yield to the loop before their line goes on, as acquiring a resource does.
/// </summary>
internal sealed class StoreQueue<T> : ResourceCore
{
    private readonly List<T> _items = [];
    private readonly StoreOrder _order;
    private readonly IComparer<T> _comparer;

    public StoreQueue(Simulation simulation, string name, int capacity, StoreOrder order, IComparer<T>? comparer)
        : base(simulation, name)
    {
        if (capacity <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(capacity), capacity, $"store '{name}': the capacity must be at least 1");
        }
        Capacity = capacity;
        _order = order;
        _comparer = comparer ?? Comparer<T>.Default;
    }

    public int Capacity { get; }

    public IReadOnlyList<T> Items => _items;

    public Task PutAsync(T item, CancellationToken cancellationToken) =>
        Submit(owner => new ResourceOperation(this, isPut: true, owner, racing: false) { Item = item }, $"put into {Name}", null, null, cancellationToken);

    /// <summary>Puts without waiting if there is room; getters are served later in this instant.</summary>
    public bool TryPut(T item)
    {
        Simulation.Loop.CheckLoopThread(null);
        if (_items.Count >= Capacity || PutQueueLength > 0)
        {
            return false;
        }
        _ = Submit(owner => new ResourceOperation(this, isPut: true, owner, racing: false) { Item = item }, $"put into {Name}", null, null, CancellationToken.None, waits: false);
        return true;
    }

    /// <summary>Puts unless <paramref name="timeout"/> runs out first; false when it did (the put has then left the queue).</summary>
    public async Task<bool> PutOrTimeoutAsync(T item, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ResourceOperation? put = null;
        await Submit(owner => put = new ResourceOperation(this, isPut: true, owner, racing: true) { Item = item }, $"put into {Name}", timeout, null, cancellationToken);
        return put!.Succeeded;
    }

    public async Task<T> GetAsync(Func<T, bool>? filter, CancellationToken cancellationToken) =>
        (T)(await Submit(owner => CreateGet(owner, filter, racing: false), GetLabel(filter), null, null, cancellationToken))!;

    /// <summary>Gets unless <paramref name="timeout"/> runs out first; (false, default) when it did, and then nothing was taken.</summary>
    public async Task<(bool Got, T Item)> GetOrTimeoutAsync(Func<T, bool>? filter, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ResourceOperation? get = null;
        var value = await Submit(owner => get = CreateGet(owner, filter, racing: true), GetLabel(filter), timeout, null, cancellationToken);
        return get!.Succeeded ? (true, (T)value!) : (false, default!);
    }

    private ResourceOperation CreateGet(Line? owner, Func<T, bool>? filter, bool racing) =>
        new(this, isPut: false, owner, racing) { Filter = filter is null ? null : value => filter((T)value!) };

    private string GetLabel(Func<T, bool>? filter) => filter is null ? $"get from {Name}" : $"get a matching item from {Name}";

    public override string Kind => "store";

    public override string DescribeWait(ResourceOperation operation) => operation.IsPut
        ? $"room in store '{Name}' (full: {_items.Count} items; waiting to get: {LinesOf(Gets, "nobody")})"
        : $"an item from store '{Name}' ({(operation.Filter is null ? "empty" : $"no matching item among {_items.Count}")}; waiting to put: {LinesOf(Puts, "nobody")})";

    protected override bool DoPut(ResourceOperation operation)
    {
        if (_items.Count < Capacity)
        {
            var item = (T)operation.Item!;
            if (_order == StoreOrder.Priority)
            {
                var index = _items.Count;
                while (index > 0 && _comparer.Compare(_items[index - 1], item) > 0)
                {
                    index--;
                }
                _items.Insert(index, item);
            }
            else
            {
                _items.Add(item);
            }
            operation.Grant(null);
        }
        return false;
    }

    protected override bool DoGet(ResourceOperation operation)
    {
        if (_order != StoreOrder.Filter)
        {
            if (_items.Count > 0)
            {
                var item = _items[0];
                _items.RemoveAt(0);
                operation.Grant(item);
            }
            return false;
        }
        for (var i = 0; i < _items.Count; i++)
        {
            if (operation.Filter is null || operation.Filter(_items[i]))
            {
                var item = _items[i];
                _items.RemoveAt(i);
                operation.Grant(item);
                break;
            }
        }
        // A filtered get that finds nothing must not hold back the gets behind it.
        return true;
    }

    protected override void GiveBack(ResourceOperation operation)
    {
        if (!operation.IsPut)
        {
            // A get whose line gave up after the item was taken puts the item back in front.
            _items.Insert(0, (T)operation.Value!);
        }
    }
}
