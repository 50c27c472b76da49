using Orleans.Runtime.Placement;

namespace Tempo.Cluster.Hosting;

/// <summary>Puts the activation on the silo named in the grain's key, or on a random live silo when it is not there.</summary>
internal sealed class SiloPinnedDirector : IPlacementDirector
{
    public Task<SiloAddress> OnAddActivation(PlacementStrategy strategy, PlacementTarget target, IPlacementContext context)
    {
        var silos = context.GetCompatibleSilos(target);
        if (ShardKey.SiloOf(target.GrainIdentity.Key.ToString()) is { } wanted && silos.Contains(wanted))
        {
            return Task.FromResult(wanted);
        }
        return Task.FromResult(silos[Random.Shared.Next(silos.Length)]);
    }
}
