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
}
