namespace Tempo.Timeline;

/// <summary>One stretch of a line of control in a single state, e.g. waiting for "#2 past x=80" from 3.0 s to 4.5 s.</summary>
/// <param name="State">What the line was doing.</param>
/// <param name="Start">When the span began, as an offset from the start of the run.</param>
/// <param name="End">When the span ended; equal to <paramref name="Start"/> while the span is still open.</param>
/// <param name="Label">What the line was doing or waiting for, e.g. "depth 3" or "event kick-off"; null when nothing more is known.</param>
public readonly record struct TimelineSpan(SpanState State, TimeSpan Start, TimeSpan End, string? Label)
{
    /// <summary>How long the span lasted.</summary>
    public TimeSpan Duration => End - Start;

    /// <summary>A short description such as "run", "wait: #2 in position", "done" or "faulted: boom".</summary>
    public string Describe()
    {
        var word = State switch
        {
            SpanState.Running => "run",
            SpanState.Waiting => "wait",
            SpanState.Done => "done",
            SpanState.Faulted => "faulted",
            _ => "cancelled",
        };
        return string.IsNullOrEmpty(Label) ? word : $"{word}: {Label}";
    }
}
