using System.CommandLine;
using Tempo.Cluster;
using Tempo.Cluster.Hosting;

namespace Tempo.Cli.Commands;

/// <summary>The <c>--cluster MEMBERSHIP</c> option of `chess batch` and `soccer sweep`, and what a cluster's failure means to the user.</summary>
internal static class ClusterArguments
{
    public static Option<string> CreateOption() => new("--cluster")
    {
        Description = "Run on an Orleans cluster: 'local' (a silo inside this process), 'loopback[:GATEWAY]' (the silos of `tempo cluster silo --membership local`) or 'redis://HOST[:PORT]' or 'postgres://[USER[:PASSWORD]@]HOST[:PORT]/DATABASE' (the silos of `tempo cluster silo --membership` the same)",
    };

    /// <summary>The <c>--shard-size N</c> option beside <c>--cluster</c>: how many <paramref name="items"/> a shard holds (default <paramref name="byDefault"/>).</summary>
    public static Option<int?> CreateShardSizeOption(string items, int byDefault, int max) =>
        new Option<int?>("--shard-size")
        {
            Description = $"With --cluster: {items} per shard (default {byDefault}); bigger shards cost the client less per {items[..^1]}, smaller ones spread a short job over more silos",
        }.InRange(1, max, $"give 1 to {max:N0} {items} per shard");

    /// <summary>The <c>--shard-size</c> given, or null; refused without <c>--cluster</c> (one machine has no shards).</summary>
    public static int? ShardSize(ParseResult parse, Option<int?> shardSize, Option<string> cluster)
    {
        ArgumentNullException.ThrowIfNull(parse);
        var size = parse.GetValue(shardSize);
        if (size is { } given && parse.GetValue(cluster) is null)
        {
            throw new InputException($"--shard-size {given}: only with --cluster (one machine has no shards)");
        }
        return size;
    }

    public static ClusterMembership? Parse(string? text, string option = "--cluster")
    {
        if (text is null)
        {
            return null;
        }
        try
        {
            return ClusterMembership.Parse(text);
        }
        catch (FormatException e)
        {
            throw new InputException($"{option} {e.Message}");
        }
    }

    /// <summary>Runs <paramref name="work"/>; a cluster that cannot be reached or fails becomes one line naming the membership.</summary>
    public static T Run<T>(ClusterMembership membership, string text, Func<ClusterConnection, Task<T>> work, CancellationToken cancellationToken)
    {
        return RunAsync().GetAwaiter().GetResult();

        async Task<T> RunAsync()
        {
            try
            {
                await using var connection = await ClusterConnection.OpenAsync(membership, cancellationToken).ConfigureAwait(false);
                return await work(connection).ConfigureAwait(false);
            }
            catch (ClusterException e)
            {
                throw new InputException($"--cluster {PostgresDatabase.Hidden(text)}: {e.Message}");
            }
        }
    }
}
