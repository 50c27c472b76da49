namespace Tempo.Async;

/// <summary>
/// SimPy's <c>Container</c>: an amount of some matter (fuel, water) between 0 and <see cref="Capacity"/>. A put waits
/// until there is room for its amount, a get until there is enough; each kind is served in the order it was asked.
/// Both always yield to the loop before their line goes on, and a cancelled or interrupted wait leaves its queue.
/// Waiting lines record "get 30 from &lt;name&gt;" or "put 30 into &lt;name&gt;" in the trace.
/// </summary>
public sealed class Container
{
    private readonly ContainerQueue _queue;

    /// <summary>Creates a container named <paramref name="name"/> holding at most <paramref name="capacity"/>, starting at <paramref name="initial"/>.</summary>
    public Container(Simulation simulation, string name, double capacity = double.PositiveInfinity, double initial = 0) =>
        _queue = new ContainerQueue(simulation, name, capacity, initial);

    /// <summary>The container's name, as waiting lines record it in the trace.</summary>
    public string Name => _queue.Name;

    /// <summary>How much the container holds at most.</summary>
    public double Capacity => _queue.Capacity;

    /// <summary>How much it holds now.</summary>
    public double Level => _queue.Level;

    /// <summary>Adds <paramref name="amount"/> (greater than 0), waiting until there is room for all of it.</summary>
    public Task PutAsync(double amount, CancellationToken cancellationToken = default) => _queue.MoveAsync(true, amount, cancellationToken);

    /// <summary>Takes <paramref name="amount"/> (greater than 0), waiting until there is that much.</summary>
    public Task GetAsync(double amount, CancellationToken cancellationToken = default) => _queue.MoveAsync(false, amount, cancellationToken);

    /// <summary>
    /// Adds <paramref name="amount"/> unless <paramref name="timeout"/> of virtual time runs out first (SimPy's
    /// <c>put | env.timeout(t)</c> with the put cancelled when the timeout wins): true when it was added; false when the
    /// time ran out, and then the put has left the queue (as in SimPy, an amount accepted in the very instant the
    /// timeout won stays).
    /// </summary>
    public Task<bool> PutOrTimeoutAsync(double amount, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.MoveOrTimeoutAsync(true, amount, timeout, cancellationToken);

    /// <summary>
    /// Takes <paramref name="amount"/> unless <paramref name="timeout"/> of virtual time runs out first (SimPy's
    /// <c>get | env.timeout(t)</c> with the get cancelled when the timeout wins): true when it was taken; false when the
    /// time ran out, and then the get has left the queue (an amount granted in the same instant goes back).
    /// </summary>
    public Task<bool> GetOrTimeoutAsync(double amount, TimeSpan timeout, CancellationToken cancellationToken = default) =>
        _queue.MoveOrTimeoutAsync(false, amount, timeout, cancellationToken);

    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Level}/{Capacity})";
}
