namespace Tempo.Async;

/// <summary>
/// Where a continuation that came back on another thread (Task.Run, ConfigureAwait(false)) reports itself: the
/// first such misuse is kept and thrown by the loop at its next step, since the other thread must not touch its queues.
/// </summary>
internal sealed class ForeignThreadGuard : IDisposable
{
    private readonly Lock _lock = new();
    private readonly ManualResetEventSlim _signal = new(false);
    private SimulationMisuseException? _misuse;
    private volatile bool _reported;

    /// <summary>Whether some thread other than the loop's has reported itself.</summary>
    public bool HasReport => _reported;

    /// <summary>Records the misuse (the first one wins) and wakes a loop waiting in <see cref="WaitForStragglers"/>.</summary>
    public void Report(string message, string? lineName)
    {
        lock (_lock)
        {
            _misuse ??= new SimulationMisuseException(message, lineName);
        }
        _reported = true;
        try
        {
            _signal.Set();
        }
        catch (ObjectDisposedException)
        {
            // The simulation was disposed; the misuse is recorded all the same.
        }
    }

    public void ThrowReported()
    {
        SimulationMisuseException misuse;
        lock (_lock)
        {
            misuse = _misuse!;
        }
        throw misuse;
    }

    /// <summary>
    /// Gives thread-pool work a line may be stuck on a moment to report itself, so that an error names the real cause
    /// rather than a deadlock: one second, or up to ten while the thread pool still has queued work that may be that line's.
    /// </summary>
    public void WaitForStragglers()
    {
        for (var waited = 1; !_signal.Wait(TimeSpan.FromMilliseconds(100)); waited++)
        {
            if (waited >= 100 || (waited >= 10 && ThreadPool.PendingWorkItemCount == 0))
            {
                break;
            }
        }
    }

    public void Dispose() => _signal.Dispose();
}
