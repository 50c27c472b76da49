namespace Tempo.Timeline;

/// <summary>
/// The recorded history of one line of control: consecutive spans, each in one <see cref="SpanState"/>.
/// Only one thread may record into a line (a parallel recorder gives each worker its own line).
/// </summary>
public sealed class LineOfControlTrace
{
    private readonly List<TimelineSpan> _spans = [];
    private bool _open;

    internal LineOfControlTrace(int id, string name)
    {
        Id = id;
        Name = name;
    }

    /// <summary>The line's number within its <see cref="Trace"/> (its index in <see cref="Trace.Lines"/>).</summary>
    public int Id { get; }

    /// <summary>The line's name, e.g. "player 2" or "worker 3".</summary>
    public string Name { get; }

    /// <summary>The spans in time order; while <see cref="IsOpen"/>, the last one is still open and its End equals its Start.</summary>
    public IReadOnlyList<TimelineSpan> Spans => _spans;

    /// <summary>Whether the last span is still open (the line is still in that state).</summary>
    public bool IsOpen => _open;

    /// <summary>The state of the open span, or null when no span is open.</summary>
    public SpanState? CurrentState => _open ? _spans[^1].State : null;

    /// <summary>
    /// Closes the open span (if any) at <paramref name="at"/> and opens a new one. Beginning the same state with
    /// the same label again continues the open span; a span that would be empty (opened and replaced at the same
    /// instant) is dropped, so a line that resumes and waits again at one virtual instant records only the wait, and
    /// if it waits for the same thing as before, the earlier span simply continues.
    /// </summary>
    public void Begin(SpanState state, TimeSpan at, string? label = null)
    {
        if (_open)
        {
            var last = _spans[^1];
            if (at < last.Start)
            {
                throw new ArgumentOutOfRangeException(nameof(at), at, $"line '{Name}': a span cannot begin at {at} before the open span began at {last.Start}");
            }
            if (last.State == state && string.Equals(last.Label, label, StringComparison.Ordinal))
            {
                return;
            }
            if (at == last.Start)
            {
                // The open span is empty: drop it, and if the line goes back to what it did just before, carry on
                // with that span rather than splitting it.
                if (_spans.Count > 1 && _spans[^2] is var previous && previous.End == at && previous.State == state && string.Equals(previous.Label, label, StringComparison.Ordinal))
                {
                    _spans.RemoveAt(_spans.Count - 1);
                    _spans[^1] = previous with { End = previous.Start };
                    return;
                }
                _spans[^1] = new TimelineSpan(state, at, at, label);
                return;
            }
            _spans[^1] = last with { End = at };
        }
        else if (_spans.Count > 0 && at < _spans[^1].End)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"line '{Name}': a span cannot begin at {at} before the previous span ended at {_spans[^1].End}");
        }
        _spans.Add(new TimelineSpan(state, at, at, label));
        _open = true;
    }

    /// <summary>Closes the open span at <paramref name="at"/>; does nothing when no span is open.</summary>
    public void End(TimeSpan at)
    {
        if (!_open)
        {
            return;
        }
        var last = _spans[^1];
        if (at < last.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(at), at, $"line '{Name}': a span cannot end at {at} before it began at {last.Start}");
        }
        _spans[^1] = last with { End = at };
        _open = false;
    }

    /// <summary>The spans with an open last span drawn up to <paramref name="until"/> (for renderers).</summary>
    internal IEnumerable<TimelineSpan> ClosedSpans(TimeSpan until)
    {
        for (var i = 0; i < _spans.Count; i++)
        {
            var span = _spans[i];
            if (_open && i == _spans.Count - 1 && until > span.Start)
            {
                span = span with { End = until };
            }
            yield return span;
        }
    }
}
