using Tempo.Cluster.Hosting;
using Tempo.Cluster.Soccer;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;
using Tempo.Soccer.Plays;

namespace Tempo.Cli.Commands;

/// <summary>`soccer sweep --cluster MEMBERSHIP`: the same sweep run by an Orleans cluster's silos (same seed, same output).</summary>
internal static class SweepOnCluster
{
    public static SweepResult Run(string membershipText, string playArgument, Play play, SweepOptions options, int? shardSize, CancellationToken cancellationToken)
    {
        var sharding = new ShardingOptions();
        sharding = sharding with { RunsPerShard = shardSize ?? sharding.RunsPerShard };
        var membership = ClusterArguments.Parse(membershipText)!;
        var job = playArgument == "book"
            ? SweepJob.Book(options.Seed, options.Sequential)
            : new SweepJob(File.ReadAllText(playArgument), playArgument, options.Seed, options.Sequential);
        return ClusterArguments.Run(membership, membershipText, connection =>
            ClusterSweep.RunAsync(connection.Grains, job, play.Name, options.Runs, options.Progress, sharding, cancellationToken), cancellationToken);
    }
}
