namespace Tempo.Async;

/// <summary>A line of control ended with an exception (the <see cref="Exception.InnerException"/>) that nobody awaited.</summary>
public sealed class LineFailedException : Exception
{
    /// <summary>Creates the exception for line <paramref name="lineName"/> failing at virtual time <paramref name="time"/>.</summary>
    public LineFailedException(string lineName, TimeSpan time, Exception innerException)
        : base($"line '{lineName}' failed at t={Tempo.Timeline.TimeFormat.Seconds(time)}: {innerException.GetType().Name}: {innerException.Message}", innerException)
    {
        LineName = lineName;
        Time = time;
    }

    /// <summary>The name of the line that failed.</summary>
    public string LineName { get; }

    /// <summary>The virtual time of the failure.</summary>
    public TimeSpan Time { get; }
}
