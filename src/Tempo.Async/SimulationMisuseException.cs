namespace Tempo.Async;

/// <summary>
/// Code broke the simulation's rules in a way that would make runs irreproducible: it continued on a thread-pool
/// thread (Task.Run, ConfigureAwait(false) on work that completes outside the loop) or used the simulation from
/// another thread.
/// </summary>
public sealed class SimulationMisuseException : InvalidOperationException
{
    /// <summary>Creates the exception; <paramref name="lineName"/> names the line at fault when known.</summary>
    public SimulationMisuseException(string message, string? lineName)
        : base(message)
    {
        LineName = lineName;
    }

    /// <summary>The line whose code misbehaved, when known.</summary>
    public string? LineName { get; }
}
