namespace Tempo.Async;

/// <summary>What a work item calls.</summary>
internal enum WorkKind : byte
{
    /// <summary>A <see cref="SendOrPostCallback"/> posted through a synchronization context.</summary>
    Post,

    /// <summary>An <see cref="Action{T}"/> of the runtime or a value-task continuation.</summary>
    Action,

    /// <summary>An <see cref="ITimedItem"/> whose time has come; skipped unless its version is still live.</summary>
    Timed,
}

/// <summary>One unit of work on the loop, attributed to the line of control it runs for (null: the loop itself).</summary>
internal readonly struct WorkItem(Line? line, WorkKind kind, object callback, object? state, int version)
{
    public readonly Line? Line = line;
    public readonly object Callback = callback;
    public readonly object? State = state;
    public readonly int Version = version;
    public readonly WorkKind Kind = kind;
}
