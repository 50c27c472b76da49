namespace Tempo.Timeline;

/// <summary>Settings for <see cref="StepTableRenderer"/>.</summary>
public sealed record StepTableOptions
{
    /// <summary>How the time column is written; seconds by default.</summary>
    public Func<TimeSpan, string> FormatTime { get; init; } = TimeFormat.Seconds;

    /// <summary>The heading of the time column.</summary>
    public string TimeHeading { get; init; } = "time";

    /// <summary>Cells longer than this are cut and end in "…".</summary>
    public int MaxCellWidth { get; init; } = 32;

    /// <summary>Whether to repeat a line's state in rows where it did not change (blank otherwise).</summary>
    public bool RepeatUnchanged { get; init; }

    /// <summary>Whether to add a last column listing the instant events at each time.</summary>
    public bool ShowEvents { get; init; } = true;

    /// <summary>The ids of the lines to show, in column order; all lines in trace order when null.</summary>
    public IReadOnlyList<int>? Lines { get; init; }

    /// <summary>Rows after this time are left out (e.g. a run whose lines wind down after the result is known).</summary>
    public TimeSpan? Until { get; init; }

    /// <summary>
    /// Whether each instant event is written in its own line's cell (before the span that begins then, joined by "; ")
    /// instead of in the events column.
    /// </summary>
    public bool EventsInLines { get; init; }

    /// <summary>How a span that begins in a row is written, given its line's id; <see cref="TimelineSpan.Describe"/> when null.</summary>
    public Func<int, TimelineSpan, string>? DescribeSpan { get; init; }

    /// <summary>What joins the columns in the rule under the header.</summary>
    public string RuleSeparator { get; init; } = " | ";
}
