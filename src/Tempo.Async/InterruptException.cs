namespace Tempo.Async;

/// <summary>
/// Thrown into a line of control at its current wait when another line calls <see cref="LineOfControl.Interrupt"/>
/// (SimPy's <c>Interrupt</c>). The line may catch it and carry on.
/// </summary>
public sealed class InterruptException : Exception
{
    /// <summary>Creates the exception for an interrupt of line <paramref name="lineName"/> with an optional cause.</summary>
    public InterruptException(string lineName, object? cause)
        : base(cause is null ? $"line '{lineName}' was interrupted" : $"line '{lineName}' was interrupted: {cause}")
    {
        LineName = lineName;
        Cause = cause;
    }

    /// <summary>The interrupted line.</summary>
    public string LineName { get; }

    /// <summary>What the interrupting line passed along, if anything.</summary>
    public object? Cause { get; }
}
