using Orleans.Placement;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Places a shard grain on the silo its key names (<see cref="ShardKey"/>), so the client knows where each shard runs
/// and can send it elsewhere the moment that silo leaves the cluster; any live silo when the named one is gone.
/// </summary>
[AttributeUsage(AttributeTargets.Class, AllowMultiple = false)]
internal sealed class SiloPinnedPlacementAttribute() : PlacementAttribute(SiloPinnedStrategy.Instance);

/// <summary>The placement strategy behind <see cref="SiloPinnedPlacementAttribute"/>.</summary>
[GenerateSerializer, Immutable]
internal sealed class SiloPinnedStrategy : PlacementStrategy
{
    /// <summary>The one instance.</summary>
    public static SiloPinnedStrategy Instance { get; } = new();
}
