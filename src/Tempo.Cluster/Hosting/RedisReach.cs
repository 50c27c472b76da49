using System.Net.Sockets;

namespace Tempo.Cluster.Hosting;

/// <summary>
/// Whether the Redis server of a membership answers on its port at all, asked before Orleans starts: Orleans would
/// otherwise retry a dead address for a long while before it fails with a message about its membership table.
/// </summary>
internal static class RedisReach
{
    private static readonly TimeSpan ConnectTimeout = TimeSpan.FromSeconds(5);

    /// <summary>Connects once to the Redis server; a <see cref="ClusterException"/> says why it cannot be reached.</summary>
    public static async Task CheckAsync(ClusterMembership membership, CancellationToken cancellationToken)
    {
        using var client = new TcpClient();
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(ConnectTimeout);
        try
        {
            await client.ConnectAsync(membership.Host, membership.Port, timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested)
        {
            throw new ClusterException($"no Redis server answered at {membership.Host}:{membership.Port} within {ConnectTimeout.TotalSeconds:0} s");
        }
        catch (SocketException e)
        {
            throw new ClusterException($"cannot reach the Redis server at {membership.Host}:{membership.Port}: {e.Message}");
        }
    }
}
