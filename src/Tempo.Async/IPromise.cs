namespace Tempo.Async;

/// <summary>A <see cref="Promise{T}"/> whatever its result type, as a blocked-loop report reads it.</summary>
internal interface IPromise : IWait
{
    /// <summary>What the owning line records it waits for.</summary>
    string Label { get; }

    /// <summary>What the wait is for, as a blocked-loop report names it (e.g. "event 'go'"); null for a delay or work.</summary>
    string? Subject { get; }

    /// <summary>When a timed promise is due, in ticks of virtual time, or -1 when it is not scheduled.</summary>
    long DueTicks { get; }
}
