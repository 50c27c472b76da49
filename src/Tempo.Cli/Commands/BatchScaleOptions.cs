using System.CommandLine;
using Tempo.Chess.Batch;
using Tempo.Cluster.Chess;
using Tempo.Cluster.Hosting;

namespace Tempo.Cli.Commands;

/// <summary>
/// The options of `chess batch` for whole puzzle databases: <c>--prove-all</c> (Lichess puzzles without a mateInN theme
/// are skipped otherwise), <c>--cluster MEMBERSHIP</c> (the positions are proven by an Orleans cluster) and
/// <c>--shard-size N</c> (positions per shard on the cluster).
/// </summary>
internal sealed class BatchScaleOptions
{
    private readonly Option<bool> _proveAll = new("--prove-all")
    {
        Description = "Also prove Lichess puzzles without a mateInN theme (skipped by default), each within --time-per (default 1 s)",
    };

    private readonly Option<string> _cluster = ClusterArguments.CreateOption();

    private readonly Option<int?> _shardSize = ClusterArguments.CreateShardSizeOption("positions", new ShardingOptions().PositionsPerShard, 100_000);

    public static BatchScaleOptions AddTo(Command command)
    {
        var options = new BatchScaleOptions();
        command.Options.Add(options._proveAll);
        command.Options.Add(options._cluster);
        command.Options.Add(options._shardSize);
        return options;
    }

    /// <summary>Whether <c>--cluster</c> was given.</summary>
    public bool ClusterRequested(ParseResult parse) => parse.GetValue(_cluster) is not null;

    public BatchOptions Apply(BatchOptions options, ParseResult parse)
    {
        ClusterArguments.ShardSize(parse, _shardSize, _cluster); // refused without --cluster before any work
        return options with { ProveUnthemed = parse.GetValue(_proveAll) };
    }

    /// <summary>
    /// With <c>--cluster</c>: proves <paramref name="todo"/> on the cluster, writing each line as it comes back in input
    /// order, until done or Ctrl-C (lines that arrive after it are left for --resume), and returns true; otherwise false.
    /// </summary>
    public bool TryRunOnCluster(ParseResult parse, IReadOnlyList<BatchEntry> todo, BatchOptions options, BatchTally tally, CancellationToken cancellationToken)
    {
        var text = parse.GetValue(_cluster);
        var shardSize = ClusterArguments.ShardSize(parse, _shardSize, _cluster);
        if (ClusterArguments.Parse(text) is not { } membership)
        {
            return false;
        }
        var sharding = new ShardingOptions();
        sharding = sharding with { PositionsPerShard = shardSize ?? sharding.PositionsPerShard };
        return ClusterArguments.Run(membership, text!, async connection =>
        {
            try
            {
                await foreach (var line in ClusterBatch.SolveAsync(connection.Grains, todo, options, sharding, cancellationToken))
                {
                    if (cancellationToken.IsCancellationRequested)
                    {
                        break;
                    }
                    tally.Write(line.Json, line.Verdict, line.Error);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                // Ctrl-C: the lines written so far are kept.
            }
            return true;
        }, cancellationToken);
    }
}
