namespace Tempo.Timeline;

/// <summary>Settings for <see cref="SvgTimelineRenderer"/>.</summary>
public sealed record SvgTimelineOptions
{
    /// <summary>The picture's width in pixels.</summary>
    public int Width { get; init; } = 1000;

    /// <summary>The height of one line's row in pixels.</summary>
    public int RowHeight { get; init; } = 22;

    /// <summary>The width of the name column on the left in pixels.</summary>
    public int NameWidth { get; init; } = 150;

    /// <summary>A heading drawn above the rows; none when null.</summary>
    public string? Title { get; init; }

    /// <summary>How axis ticks are written; seconds by default.</summary>
    public Func<TimeSpan, string> FormatTime { get; init; } = TimeFormat.Seconds;

    /// <summary>
    /// Whether each trace gets its own time axis, scaled to its own duration, instead of one axis shared by all:
    /// for runs on different clocks, such as a solver's wall-clock milliseconds beside a play's virtual seconds.
    /// </summary>
    public bool ScalePerTrace { get; init; }

    /// <summary>Whether span labels are written inside spans wide enough to hold them (they are always in tooltips).</summary>
    public bool ShowLabels { get; init; } = true;
}
