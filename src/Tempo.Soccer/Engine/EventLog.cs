namespace Tempo.Soccer.Engine;

/// <summary>
/// The play's event log, in time order. Entries are immutable; a pass or shot is logged when the ball is played and
/// replaced by its completed form (where it ended, how long it took, how it ended) when its flight ends.
/// </summary>
internal sealed class EventLog
{
    private readonly List<PlayEvent> _events = [];

    public IReadOnlyList<PlayEvent> Events => _events;

    public int Count => _events.Count;

    public PlayEvent this[int index] => _events[index];

    /// <summary>Appends an entry and returns its index.</summary>
    public int Add(PlayEvent e)
    {
        _events.Add(e);
        return _events.Count - 1;
    }

    /// <summary>Replaces the entry at <paramref name="index"/> with <paramref name="change"/> applied to it.</summary>
    public void Update(int index, Func<PlayEvent, PlayEvent> change) => _events[index] = change(_events[index]);
}
