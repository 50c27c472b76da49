namespace Tempo.Soccer.Lines;

/// <summary>A script may throw this to end its player's line early; the simulator ends the line quietly (actions themselves never throw it: after the whistle they return at once).</summary>
public sealed class PlayOverException : Exception
{
    public PlayOverException()
        : base("the play is over")
    {
    }

    public PlayOverException(string message)
        : base(message)
    {
    }

    public PlayOverException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
