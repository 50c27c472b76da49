namespace Tempo.Chess.Solving;

/// <summary>A line given to follow is not legal, or an attacker move in it no longer forces mate in time.</summary>
public sealed class MateLineException : FormatException
{
    /// <summary>Creates the exception with a one-line message naming the offending move.</summary>
    public MateLineException(string message)
        : base(message)
    {
    }
}
