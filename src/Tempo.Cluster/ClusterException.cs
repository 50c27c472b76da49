namespace Tempo.Cluster;

/// <summary>The cluster could not do the work: no silo, a membership string it cannot use, or a shard failing everywhere.</summary>
public sealed class ClusterException : Exception
{
    /// <summary>Creates the exception with its one-line message.</summary>
    public ClusterException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its one-line message and cause.</summary>
    public ClusterException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
