namespace Tempo.Async;

/// <summary>How a <see cref="Simulation"/> runs its lines of control.</summary>
public enum ExecutionMode : byte
{
    /// <summary>Lines interleave: whenever one waits, another that can progress runs (the asynchronous play).</summary>
    Concurrent,

    /// <summary>
    /// Lines run one at a time in start order, each until it finishes, on the same virtual clock (the synchronous play).
    /// A line that can make no progress on its own (no timer pending, e.g. waiting for a child it started) lets the next
    /// line run; it resumes only once that line has finished.
    /// </summary>
    Sequential,
}
