using System.CommandLine;
using Tempo.Cluster;
using Tempo.Cluster.Hosting;

namespace Tempo.Cli.Commands;

/// <summary>The <c>--cluster MEMBERSHIP</c> option of `chess batch` and `soccer sweep`, and what a cluster's failure means to the user.</summary>
internal static class ClusterArguments
{
    public static Option<string> CreateOption() => new("--cluster")
    {
        Description = "Run on an Orleans cluster: 'local' (a silo inside this process), 'loopback[:GATEWAY]' (the silos of `tempo cluster silo --membership local`) or 'redis://HOST[:PORT]' (the silos of `tempo cluster silo --membership redis://…`)",
    };

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
                throw new InputException($"--cluster {text}: {e.Message}");
            }
        }
    }
}
