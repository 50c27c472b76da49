namespace Tempo.Soccer.Lines;

/// <summary>A script may throw this to end its player's line early; the simulator ends the line quietly (actions themselves never throw it: after the whistle they return at once).</summary>
public sealed class PlayOverException : Exception
{
    /// <summary>Creates the exception with the message "the play is over".</summary>
    public PlayOverException()
        : base("the play is over")
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    public PlayOverException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and the exception that caused it.</summary>
    public PlayOverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
