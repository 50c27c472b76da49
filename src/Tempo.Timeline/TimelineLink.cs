namespace Tempo.Timeline;

/// <summary>A cause and its effect on two lines of control, e.g. "#10 resumed because #2 arrived".</summary>
/// <param name="FromLineId">The line where the cause happened.</param>
/// <param name="FromTime">When the cause happened.</param>
/// <param name="ToLineId">The line that was affected.</param>
/// <param name="ToTime">When the effect happened.</param>
/// <param name="Label">What connects them.</param>
public readonly record struct TimelineLink(int FromLineId, TimeSpan FromTime, int ToLineId, TimeSpan ToTime, string Label);
