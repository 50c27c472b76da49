using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// A client's way into a cluster: for <c>local</c> a silo of its own inside this process (on free loopback ports,
/// so one command works on a fresh machine and two commands do not meet), otherwise a client of the silos.
/// </summary>
public sealed class ClusterConnection : IAsyncDisposable
{
    private readonly IHost _host;

    private ClusterConnection(IHost host)
    {
        _host = host;
        Grains = host.Services.GetRequiredService<IClusterClient>();
    }

    /// <summary>Where to send grain calls.</summary>
    public IGrainFactory Grains { get; }

    /// <summary>Starts the in-process silo or connects to the cluster <paramref name="membership"/> names.</summary>
    /// <exception cref="ClusterException">No silo answered.</exception>
    public static async Task<ClusterConnection> OpenAsync(ClusterMembership membership, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(membership);
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, CommandLifetime>();
        if (membership.Kind == MembershipKind.Local)
        {
            int siloPort = FreePort(), gatewayPort = FreePort();
            builder.UseOrleans(silo => silo
                .UseLocalhostClustering(siloPort, gatewayPort, null, ClusterMembership.ServiceId, $"in-process-{Guid.NewGuid():N}")
                .AddTempo());
        }
        else if (membership.Kind == MembershipKind.Redis)
        {
            await RedisReach.CheckAsync(membership, cancellationToken).ConfigureAwait(false);
            builder.UseOrleansClient(client => client.UseRedisCluster(membership).AddTempo());
        }
        else if (membership.Kind == MembershipKind.Postgres)
        {
            await PostgresSchema.EnsureAsync(membership.Postgres!, cancellationToken).ConfigureAwait(false);
            builder.UseOrleansClient(client => client.UsePostgresCluster(membership).AddTempo());
        }
        else
        {
            builder.UseOrleansClient(client => client
                .UseLocalhostClustering(membership.Port, ClusterMembership.ServiceId, SiloHost.LoopbackClusterId)
                .AddTempo());
        }
        var host = builder.Build();
        try
        {
            await host.StartAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            host.Dispose();
            throw new ClusterException($"cannot reach the cluster ({membership.Kind.ToString().ToLowerInvariant()}, port {membership.Port}): {e.GetBaseException().Message}", e);
        }
        return new ClusterConnection(host);
    }

    /// <summary>Stops the in-process silo or the client.</summary>
    public async ValueTask DisposeAsync()
    {
        using var stopping = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _host.StopAsync(stopping.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Shutting down took too long (a shard still running): the process ends anyway.
        }
        _host.Dispose();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
