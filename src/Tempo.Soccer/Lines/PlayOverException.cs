namespace Tempo.Soccer;

/// <summary>Thrown inside a player's line of control when the play has ended (goal, turnover, whistle) or he gives up; his line then ends quietly.</summary>
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
