namespace Tempo.Cluster.Hosting;

/// <summary>How a client cuts work into shards and spreads them over the silos.</summary>
public sealed record ShardingOptions
{
    /// <summary>Shards running at once on each silo (default: this machine's cores, for a cluster of like machines).</summary>
    public int InFlightPerSilo { get; init; } = Environment.ProcessorCount;

    /// <summary>How often the client reads the cluster's membership to find silos that left or joined.</summary>
    public TimeSpan MembershipPoll { get; init; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long a membership read may take before the last known list is used again.</summary>
    public TimeSpan MembershipReadTimeout { get; init; } = TimeSpan.FromSeconds(2);

    /// <summary>How long the first membership read may take (a cluster just started, or a machine under load).</summary>
    public TimeSpan FirstMembershipReadTimeout { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Attempts of one shard before the whole job fails (a shard that fails everywhere is a bug, not a fault).</summary>
    public int MaxAttempts { get; init; } = 5;

    /// <summary>Positions per chess shard.</summary>
    public int PositionsPerShard { get; init; } = 4;

    /// <summary>Sweep runs per soccer shard.</summary>
    public int RunsPerShard { get; init; } = 1_000;
}
