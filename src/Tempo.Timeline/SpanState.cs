namespace Tempo.Timeline;

/// <summary>What a line of control is doing during a span.</summary>
public enum SpanState : byte
{
    /// <summary>Executing its own steps (in virtual time: busy with an activity that takes time).</summary>
    Running,

    /// <summary>Suspended until something else happens (a timer, an event, another line, a condition).</summary>
    Waiting,

    /// <summary>Finished normally.</summary>
    Done,

    /// <summary>Ended by an exception.</summary>
    Faulted,

    /// <summary>Ended by cancellation.</summary>
    Cancelled,
}
