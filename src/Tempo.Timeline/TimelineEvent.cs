namespace Tempo.Timeline;

/// <summary>Something that happened at one instant on a line of control, e.g. "pass" or "goal".</summary>
/// <param name="LineId">The <see cref="LineOfControlTrace.Id"/> of the line it happened on.</param>
/// <param name="Time">When it happened.</param>
/// <param name="Name">What happened.</param>
/// <param name="Data">Optional details, written as arguments in the Chrome trace and as tooltips in the SVG.</param>
public readonly record struct TimelineEvent(int LineId, TimeSpan Time, string Name, IReadOnlyDictionary<string, string>? Data = null);
