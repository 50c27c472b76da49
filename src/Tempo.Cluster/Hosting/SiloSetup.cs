using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Configuration;
using Tempo.Cluster.Chess;

namespace Tempo.Cluster.Hosting;

/// <summary>What every Tempo silo has: the shard grains' placement, calls as long as a shard takes, quick failure detection.</summary>
public static class SiloSetup
{
    /// <summary>
    /// A shard may take as long as its positions do; a silo that dies is found by the membership probes and the client
    /// (<see cref="ShardScheduler"/>), not by a response timeout.
    /// </summary>
    internal static readonly TimeSpan LongCall = TimeSpan.FromHours(12);

    /// <summary>Adds the Tempo grains' needs to <paramref name="silo"/>.</summary>
    public static ISiloBuilder AddTempo(this ISiloBuilder silo)
    {
        ArgumentNullException.ThrowIfNull(silo);
        silo.AddPlacementDirector<SiloPinnedStrategy, SiloPinnedDirector>();
        silo.Services.AddSingleton<BatchWorkspacePool>();
        silo.Configure<SiloMessagingOptions>(o => o.ResponseTimeout = LongCall);
        silo.Configure<ClusterMembershipOptions>(o =>
        {
            // Declare a killed silo dead within a few seconds (defaults take about half a minute).
            o.ProbeTimeout = TimeSpan.FromSeconds(1);
            o.NumMissedProbesLimit = 2;
        });
        return silo;
    }

    /// <summary>A silo of the loopback development cluster at <paramref name="siloPort"/> (the primary at <paramref name="primaryPort"/>).</summary>
    public static ISiloBuilder UseLoopbackCluster(this ISiloBuilder silo, int primaryPort, int siloPort, int gatewayPort, string clusterId)
    {
        var primary = new IPEndPoint(IPAddress.Loopback, primaryPort);
        return silo.UseLocalhostClustering(siloPort, gatewayPort, siloPort == primaryPort ? null : primary, ClusterMembership.ServiceId, clusterId);
    }

    /// <summary>Adds the client's side of long shard calls to <paramref name="client"/>.</summary>
    public static IClientBuilder AddTempo(this IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Configure<ClientMessagingOptions>(o => o.ResponseTimeout = LongCall);
    }
}
