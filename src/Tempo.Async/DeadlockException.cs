namespace Tempo.Async;

/// <summary>
/// Thrown by <see cref="Simulation.Run"/> when lines of control still wait but nothing can wake them: no work is
/// ready and no timer is pending. <see cref="WaitForList"/> says which line waits for what.
/// </summary>
public sealed class DeadlockException : Exception
{
    /// <summary>Creates the exception with its message and wait-for list.</summary>
    public DeadlockException(string message, IReadOnlyList<(string Line, string WaitingFor)> waitForList)
        : base(message)
    {
        WaitForList = waitForList;
    }

    /// <summary>Each waiting line and what it waits for, in start order.</summary>
    public IReadOnlyList<(string Line, string WaitingFor)> WaitForList { get; }
}
