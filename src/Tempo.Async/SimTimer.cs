namespace Tempo.Async;

/// <summary>An <see cref="ITimer"/> on the virtual clock, as created by the simulation's <see cref="TimeProvider"/>.</summary>
internal sealed class SimTimer(EventLoop loop, TimerCallback callback, object? state, Line? creator) : ITimer, ITimedItem
{
    private long _due = -1;
    private TimeSpan _period = Timeout.InfiniteTimeSpan;
    private int _version;
    private bool _disposed;

    public Line? Blame => creator;

    /// <summary>The loop step the timer was created in.</summary>
    public long CreatedInStep { get; } = loop.Steps;

    /// <summary>When the timer fires next, in ticks of virtual time, or -1 when it is not scheduled.</summary>
    public long DueTicks => _due;

    public bool Change(TimeSpan dueTime, TimeSpan period)
    {
        if (dueTime < TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(dueTime), dueTime, "a timer's due time must not be negative");
        }
        if (period < TimeSpan.Zero && period != Timeout.InfiniteTimeSpan)
        {
            throw new ArgumentOutOfRangeException(nameof(period), period, "a timer's period must not be negative");
        }
        if (_disposed)
        {
            return false;
        }
        loop.CheckLoopThread(creator);
        Unschedule();
        _period = period;
        if (dueTime != Timeout.InfiniteTimeSpan)
        {
            Schedule(dueTime);
        }
        return true;
    }

    public bool IsLive(int version) => !_disposed && version == _version;

    public void Fire(int version)
    {
        _due = -1;
        if (_period != Timeout.InfiniteTimeSpan && _period > TimeSpan.Zero)
        {
            Schedule(_period);
        }
        callback(state);
    }

    public void Dispose()
    {
        if (_disposed)
        {
            return;
        }
        _disposed = true;
        // Disposal may come from a finalizer or another thread; only the loop thread may touch the queue.
        if (loop.IsLoopThread)
        {
            Unschedule();
        }
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private void Schedule(TimeSpan delay)
    {
        _version++;
        _due = loop.ScheduleTimed(loop.NowTicks + delay.Ticks, null, this, _version);
    }

    private void Unschedule()
    {
        _version++;
        if (_due >= 0)
        {
            loop.CancelTimed(_due);
            _due = -1;
        }
    }
}
