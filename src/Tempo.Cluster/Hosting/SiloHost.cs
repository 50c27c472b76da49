using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tempo.Cluster.Hosting;

/// <summary>`tempo cluster silo`: one silo that proves mates and runs sweep shards until it is stopped.</summary>
public static class SiloHost
{
    /// <summary>The cluster id of the loopback development cluster (its silos and its clients must agree).</summary>
    public const string LoopbackClusterId = "tempo-loopback";

    /// <summary>
    /// Runs a silo of <paramref name="membership"/> at <paramref name="siloPort"/> until <paramref name="cancellationToken"/>;
    /// <paramref name="say"/> hears its address, then a line per shard it proves or stops. A Redis- or PostgreSQL-membership silo is reached by the others at <paramref name="advertised"/>.
    /// </summary>
    public static async Task RunAsync(ClusterMembership membership, int siloPort, IPAddress advertised, Action<string> say, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(membership);
        ArgumentNullException.ThrowIfNull(advertised);
        ArgumentNullException.ThrowIfNull(say);
        int gatewayPort = siloPort + ClusterMembership.GatewayOffset;
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        builder.Services.AddSingleton(new ShardLog(say));
        string clusterId = LoopbackClusterId;
        if (membership.Kind == MembershipKind.Redis)
        {
            await RedisReach.CheckAsync(membership, cancellationToken).ConfigureAwait(false);
            clusterId = SiloSetup.RedisClusterId;
            builder.UseOrleans(silo => silo.UseRedisCluster(membership, advertised, siloPort, gatewayPort).AddTempo());
        }
        else if (membership.Kind == MembershipKind.Postgres)
        {
            if (await PostgresSchema.EnsureAsync(membership.Postgres!, cancellationToken).ConfigureAwait(false))
            {
                say($"created the membership tables in the PostgreSQL {membership.Postgres}");
            }
            clusterId = SiloSetup.PostgresClusterId;
            builder.UseOrleans(silo => silo.UsePostgresCluster(membership, advertised, siloPort, gatewayPort).AddTempo());
        }
        else
        {
            advertised = IPAddress.Loopback;
            builder.UseOrleans(silo => silo.UseLoopbackCluster(membership.Port, siloPort, gatewayPort, LoopbackClusterId).AddTempo());
        }
        using var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            throw new ClusterException($"silo on port {siloPort} (gateway {gatewayPort}) did not start: {e.GetBaseException().Message}", e);
        }
        say($"silo {advertised}:{siloPort} up (gateway {gatewayPort}, cluster {clusterId}); Ctrl-C stops it");
        try
        {
            await Task.Delay(Timeout.Infinite, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Ctrl-C: leave the cluster cleanly below.
        }
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(15));
        await host.StopAsync(stopping.Token).ConfigureAwait(false);
    }
}
