namespace Tempo.Async;

/// <summary>
/// SimPy's <c>Store</c>: items put by some lines and got by others, first in first out.
/// A put waits while the store is full and a get while it has no item to give; both always yield to the loop before
/// their line goes on (the rule of every shared resource here), and a cancelled or interrupted wait leaves its queue.
/// Waiting lines record "put into &lt;name&gt;" or "get from &lt;name&gt;" in the trace, with a link from the line
/// whose put or get let them go on.
/// </summary>
/// <typeparam name="T">The type of the items.</typeparam>
public sealed class Store<T>
{
    private readonly StoreQueue<T> _queue;

    /// <summary>Creates a store named <paramref name="name"/> holding at most <paramref name="capacity"/> items.</summary>
    public Store(Simulation simulation, string name, int capacity = int.MaxValue) =>
        _queue = new StoreQueue<T>(simulation, name, capacity, StoreOrder.Fifo, null);

    /// <summary>The store's name, as waiting lines record it in the trace.</summary>
    public string Name => _queue.Name;

    /// <summary>How many items the store holds at most.</summary>
    public int Capacity => _queue.Capacity;

    /// <summary>The items in the store, in the order gets receive them.</summary>
    public IReadOnlyList<T> Items => _queue.Items;

    /// <summary>Puts <paramref name="item"/> into the store, waiting while it is full (SimPy's <c>yield store.put(item)</c>).</summary>
    public Task PutAsync(T item, CancellationToken cancellationToken = default) => _queue.PutAsync(item, cancellationToken);

    /// <summary>
    /// Puts <paramref name="item"/> without waiting if there is room and no put waits (SimPy's <c>store.put(item)</c>
    /// not yielded); returns false, and puts nothing, otherwise. Waiting gets are served later in this instant.
    /// </summary>
    public bool TryPut(T item) => _queue.TryPut(item);

    /// <summary>Gets the oldest item, waiting until there is one (SimPy's <c>yield store.get()</c>).</summary>
    public Task<T> GetAsync(CancellationToken cancellationToken = default) => _queue.GetAsync(null, cancellationToken);

    /// <summary>
    /// Puts <paramref name="item"/> unless <paramref name="timeout"/> of virtual time runs out first while the store is
    /// full (SimPy's <c>put | env.timeout(t)</c> with the put cancelled when the timeout wins): true when it was put;
    /// false when the time ran out, and then the put has left the queue (as in SimPy, an item the store accepted in
    /// the very instant the timeout won stays in the store).
    /// </summary>
    public Task<bool> PutOrTimeoutAsync(T item, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.PutOrTimeoutAsync(item, timeout, cancellationToken);

    /// <summary>
    /// Gets the oldest item unless <paramref name="timeout"/> of virtual time runs out first (SimPy's <c>get | env.timeout(t)</c>
    /// with the get cancelled when the timeout wins): (true, the item), or (false, default) when the time ran out, and
    /// then the get has left the queue (an item granted in the same instant goes back to the front).
    /// </summary>
    public Task<(bool Got, T Item)> GetOrTimeoutAsync(TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.GetOrTimeoutAsync(null, timeout, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Items.Count} items)";
}
