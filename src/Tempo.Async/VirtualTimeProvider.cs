namespace Tempo.Async;

/// <summary>The simulation's clock as a <see cref="TimeProvider"/>: time stands still until every line waits, then jumps.</summary>
internal sealed class VirtualTimeProvider(Simulation simulation, DateTimeOffset start) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => start + simulation.Now;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public override long TimestampFrequency => TimeSpan.TicksPerSecond;

    public override long GetTimestamp() => simulation.NowTicks;

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        ArgumentNullException.ThrowIfNull(callback);
        return simulation.CreateTimer(callback, state, dueTime, period);
    }
}
