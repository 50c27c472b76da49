using System.Runtime.CompilerServices;

namespace Tempo.Async;

/// <summary>
/// Takes and releases a <see cref="SemaphoreSlim"/> through a simulation, so that it knows who holds it: a line that
/// waits for it is recorded in the trace as waiting for the semaphore by name, and a deadlock report names the
/// semaphore and the lines that took it and have not released it. The semaphore behaves as it does on its own (a free
/// slot is taken at once, without yielding); for SimPy's order use <see cref="Resource"/>. The holders are right when
/// every wait and release of the semaphore goes through these methods.
/// </summary>
public static class SemaphoreSlimExtensions
{
    /// <summary>
    /// Waits for the semaphore as <c>semaphore.WaitAsync(cancellationToken)</c> does, recording the line that takes it.
    /// <paramref name="name"/> (the expression the semaphore was given by, unless passed) names it in the trace and in
    /// deadlock reports; the first name a simulation sees for a semaphore is kept.
    /// </summary>
    public static async Task WaitAsync(this SemaphoreSlim semaphore, Simulation simulation, CancellationToken cancellationToken = default,
        [CallerArgumentExpression(nameof(semaphore))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        ArgumentNullException.ThrowIfNull(simulation);
        var watch = simulation.Watches.Of(semaphore, name);
        var owner = simulation.Loop.WaitingLine();
        cancellationToken.ThrowIfCancellationRequested();
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            throw interrupt;
        }
        if (!semaphore.Wait(0))
        {
            if (owner is null)
            {
                await semaphore.WaitAsync(cancellationToken);
            }
            else
            {
                await new SemaphoreWait(owner, semaphore, watch).Start(cancellationToken);
            }
        }
        watch.Acquired(owner, simulation.Now);
    }

    /// <summary>Releases the semaphore once, as <c>semaphore.Release()</c> does, and forgets the releasing line's hold (or the oldest one).</summary>
    /// <returns>The semaphore's count before the release.</returns>
    public static int Release(this SemaphoreSlim semaphore, Simulation simulation, [CallerArgumentExpression(nameof(semaphore))] string name = "")
    {
        ArgumentNullException.ThrowIfNull(semaphore);
        ArgumentNullException.ThrowIfNull(simulation);
        var watch = simulation.Watches.Of(semaphore, name);
        simulation.Loop.CheckIdentity("its release of semaphore '" + watch.Name + "'");
        var before = semaphore.Release();
        watch.Released(simulation.Loop.Current);
        return before;
    }
}
