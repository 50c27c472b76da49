namespace Tempo.Chess;

/// <summary>A move in SAN or UCI notation that is invalid, illegal in the position, or ambiguous.</summary>
public sealed class MoveNotationException : FormatException
{
    /// <summary>Creates the exception with its kind and a message naming the move and the reason.</summary>
    public MoveNotationException(MoveNotationErrorKind kind, string message)
        : base(message)
    {
        Kind = kind;
    }

    /// <summary>Whether the move was invalid, illegal or ambiguous.</summary>
    public MoveNotationErrorKind Kind { get; }
}
