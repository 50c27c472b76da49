namespace Tempo.Cluster.Hosting;

/// <summary>
/// Where a silo says, one line per shard, what it proved or stopped: `tempo cluster silo` prints these lines so an
/// operator sees which machine does what; a silo inside a client process (<c>--cluster local</c>) keeps quiet.
/// </summary>
public sealed class ShardLog
{
    private readonly Action<string> _write;
    private readonly Lock _gate = new();

    /// <summary>A log that hands each line to <paramref name="write"/>, one line at a time.</summary>
    public ShardLog(Action<string> write)
    {
        ArgumentNullException.ThrowIfNull(write);
        _write = write;
    }

    /// <summary>The log that says nothing.</summary>
    public static ShardLog Quiet { get; } = new(static _ => { });

    /// <summary>Says <paramref name="line"/> (shards on several threads: never two lines at once).</summary>
    public void Write(string line)
    {
        lock (_gate)
        {
            _write(line);
        }
    }
}
