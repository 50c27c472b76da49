using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Orleans.Configuration;

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
        silo.Services.AddSingleton<Soccer.SweepPlayCache>();
        silo.Services.TryAddSingleton(ShardLog.Quiet);
        silo.Configure<SiloMessagingOptions>(o =>
        {
            o.ResponseTimeout = LongCall;
            o.WaitForCancellationAcknowledgement = true;
        });
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

    /// <summary>
    /// A silo of the Redis-membership cluster: found by the others at <paramref name="advertised"/>:<paramref name="siloPort"/>
    /// (the address the other machines reach this one at), its gateway at <paramref name="gatewayPort"/>.
    /// </summary>
    public static ISiloBuilder UseRedisCluster(this ISiloBuilder silo, ClusterMembership membership, IPAddress advertised, int siloPort, int gatewayPort)
    {
        ArgumentNullException.ThrowIfNull(silo);
        ArgumentNullException.ThrowIfNull(membership);
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = RedisClusterId;
            o.ServiceId = ClusterMembership.ServiceId;
        });
        silo.ConfigureEndpoints(advertised, siloPort, gatewayPort);
        return silo.UseRedisClustering(membership.RedisConnection);
    }

    /// <summary>A client of the Redis-membership cluster <paramref name="membership"/> names.</summary>
    public static IClientBuilder UseRedisCluster(this IClientBuilder client, ClusterMembership membership)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(membership);
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = RedisClusterId;
            o.ServiceId = ClusterMembership.ServiceId;
        });
        return client.UseRedisClustering(membership.RedisConnection);
    }

    /// <summary>The cluster id of Redis-membership clusters (their silos and clients must agree).</summary>
    public const string RedisClusterId = "tempo-redis";

    /// <summary>The cluster id of PostgreSQL-membership clusters (their silos and clients must agree).</summary>
    public const string PostgresClusterId = "tempo-postgres";

    /// <summary>The ADO.NET provider Orleans loads for a PostgreSQL membership (the Npgsql package).</summary>
    private const string NpgsqlInvariant = "Npgsql";

    /// <summary>
    /// A silo of the PostgreSQL-membership cluster (its tables made ready by <see cref="PostgresSchema"/>): found by the
    /// others at <paramref name="advertised"/>:<paramref name="siloPort"/>, its gateway at <paramref name="gatewayPort"/>.
    /// </summary>
    public static ISiloBuilder UsePostgresCluster(this ISiloBuilder silo, ClusterMembership membership, IPAddress advertised, int siloPort, int gatewayPort)
    {
        ArgumentNullException.ThrowIfNull(silo);
        var database = membership?.Postgres ?? throw new ArgumentException("not a PostgreSQL membership", nameof(membership));
        silo.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = PostgresClusterId;
            o.ServiceId = ClusterMembership.ServiceId;
        });
        silo.ConfigureEndpoints(advertised, siloPort, gatewayPort);
        return silo.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = database.ConnectionString;
        });
    }

    /// <summary>A client of the PostgreSQL-membership cluster <paramref name="membership"/> names.</summary>
    public static IClientBuilder UsePostgresCluster(this IClientBuilder client, ClusterMembership membership)
    {
        ArgumentNullException.ThrowIfNull(client);
        var database = membership?.Postgres ?? throw new ArgumentException("not a PostgreSQL membership", nameof(membership));
        client.Configure<ClusterOptions>(o =>
        {
            o.ClusterId = PostgresClusterId;
            o.ServiceId = ClusterMembership.ServiceId;
        });
        return client.UseAdoNetClustering(o =>
        {
            o.Invariant = NpgsqlInvariant;
            o.ConnectionString = database.ConnectionString;
        });
    }

    /// <summary>Adds the client's side of long shard calls to <paramref name="client"/>.</summary>
    public static IClientBuilder AddTempo(this IClientBuilder client)
    {
        ArgumentNullException.ThrowIfNull(client);
        return client.Configure<ClientMessagingOptions>(o =>
        {
            o.ResponseTimeout = LongCall;
            // A cancelled call ends only once its silo has heard the cancellation (Orleans' default ends it at once), so
            // the end of a job can wait for its cancels (ShardScheduler) and a client that exits after Ctrl-C does
            // not take an unsent cancellation with it, leaving the silo to work on for nobody.
            o.WaitForCancellationAcknowledgement = true;
        });
    }
}
