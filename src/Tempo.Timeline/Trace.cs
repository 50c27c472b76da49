namespace Tempo.Timeline;

/// <summary>
/// One recorded run: its lines of control, instant events and cause-to-effect links. Several traces can be drawn
/// side by side. Not thread-safe: add every line before workers start, then each worker records only into its own line.
/// </summary>
public sealed class Trace
{
    private readonly List<LineOfControlTrace> _lines = [];
    private readonly List<TimelineEvent> _events = [];
    private readonly List<TimelineLink> _links = [];
    private TimeSpan _end;

    /// <summary>Creates an empty trace called <paramref name="name"/>.</summary>
    public Trace(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        Name = name;
    }

    /// <summary>The run's name, e.g. "book play (concurrent)" or "solver".</summary>
    public string Name { get; }

    /// <summary>The lines in the order they were added; a line's <see cref="LineOfControlTrace.Id"/> is its index here.</summary>
    public IReadOnlyList<LineOfControlTrace> Lines => _lines;

    /// <summary>The instant events in the order they were added.</summary>
    public IReadOnlyList<TimelineEvent> Events => _events;

    /// <summary>The cause-to-effect links in the order they were added.</summary>
    public IReadOnlyList<TimelineLink> Links => _links;

    /// <summary>The latest time anything was recorded at (span boundaries, events, links, <see cref="MarkEnd"/>).</summary>
    public TimeSpan Duration
    {
        get
        {
            var end = _end;
            foreach (var line in _lines)
            {
                if (line.Spans.Count > 0)
                {
                    end = Max(end, line.Spans[^1].End);
                }
            }
            foreach (var e in _events)
            {
                end = Max(end, e.Time);
            }
            foreach (var link in _links)
            {
                end = Max(end, Max(link.FromTime, link.ToTime));
            }
            return end;
        }
    }

    /// <summary>Adds a line of control; its id is its index in <see cref="Lines"/>.</summary>
    public LineOfControlTrace AddLine(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var line = new LineOfControlTrace(_lines.Count, name);
        _lines.Add(line);
        return line;
    }

    /// <summary>Records an instant event on <paramref name="line"/>.</summary>
    public void AddEvent(LineOfControlTrace line, TimeSpan time, string name, IReadOnlyDictionary<string, string>? data = null)
    {
        CheckOwned(line, nameof(line));
        ArgumentNullException.ThrowIfNull(name);
        _events.Add(new TimelineEvent(line.Id, time, name, data));
    }

    /// <summary>Records that something at <paramref name="fromTime"/> on <paramref name="from"/> caused something at <paramref name="toTime"/> on <paramref name="to"/>.</summary>
    public void AddLink(LineOfControlTrace from, TimeSpan fromTime, LineOfControlTrace to, TimeSpan toTime, string label)
    {
        CheckOwned(from, nameof(from));
        CheckOwned(to, nameof(to));
        ArgumentNullException.ThrowIfNull(label);
        _links.Add(new TimelineLink(from.Id, fromTime, to.Id, toTime, label));
    }

    /// <summary>Records that the run lasted at least until <paramref name="at"/>; open spans are drawn up to the end.</summary>
    public void MarkEnd(TimeSpan at) => _end = Max(_end, at);

    private void CheckOwned(LineOfControlTrace line, string parameter)
    {
        ArgumentNullException.ThrowIfNull(line, parameter);
        if (line.Id >= _lines.Count || !ReferenceEquals(_lines[line.Id], line))
        {
            throw new ArgumentException($"line '{line.Name}' belongs to another trace than '{Name}'", parameter);
        }
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
