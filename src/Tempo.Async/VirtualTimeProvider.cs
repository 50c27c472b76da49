namespace Tempo.Async;

/// <summary>The simulation's clock as a <see cref="TimeProvider"/>: time stands still until every line waits, then jumps.</summary>
internal sealed class VirtualTimeProvider(Simulation simulation, DateTimeOffset start) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => start + simulation.Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => simulation.Loop.NowTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        var loop = simulation.Loop;
        loop.CheckLoopThread(null);
        var creator = loop.StepOwner;
        // A line that sets a timer is busy with its own work until it fires, unless it already waits for something else.
        var timer = new SimTimer(loop, callback, state, creator);
        if (creator is not null && creator == loop.Current && creator.WaitLabel is null)
        {
            creator.RegisterWait(null, "timer", busy: true);
            creator.StepTimer = timer;
        }
        timer.Change(dueTime, period);
        return timer;
    }
}
