namespace Tempo.Async;

/// <summary>Something scheduled on the virtual clock: a delay, a timer, a timed promise.</summary>
internal interface ITimedItem
{
    /// <summary>The line to blame when code run by this item misbehaves.</summary>
    Line? Blame { get; }

    /// <summary>Whether the schedule with <paramref name="version"/> still stands (not cancelled, not rescheduled).</summary>
    bool IsLive(int version);

    /// <summary>Runs the item; called only when <see cref="IsLive"/> is true.</summary>
    void Fire(int version);
}
