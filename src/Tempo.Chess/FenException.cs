namespace Tempo.Chess;

/// <summary>A FEN or EPD string that is malformed or describes an impossible position; the message says which part and why.</summary>
public sealed class FenException : FormatException
{
    /// <summary>Creates the exception with a message naming the input and the reason.</summary>
    public FenException(string message)
        : base(message)
    {
    }
}
