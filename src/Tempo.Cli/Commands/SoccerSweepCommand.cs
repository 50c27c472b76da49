using System.CommandLine;
using Tempo.Chess.Solving;
using Tempo.Cluster.Hosting;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer sweep PLAY --runs N [--threads K] [--seed S] [--sequential] [--time S] [--format text|json] [--cluster MEMBERSHIP [--shard-size N]]`.</summary>
public static class SoccerSweepCommand
{
    /// <summary>Outcomes are kept per run: more than this would not fit in memory.</summary>
    private const int MaxRuns = 10_000_000;

    public static Command Build(CliContext context)
    {
        var play = new Argument<string>("play") { Description = "A play file (YAML or JSON), or 'book'." };
        var runs = new Option<int>("--runs") { Description = "Number of seeded variations.", Required = true }
            .InRange(1, MaxRuns, $"give 1 to {MaxRuns:N0} runs (outcomes are kept per run)");
        var threads = new Option<int>("--threads") { Description = "Worker threads (default: all cores); the output does not depend on it.", DefaultValueFactory = _ => Environment.ProcessorCount }
            .InRange(1, int.MaxValue, "give at least one thread");
        var seed = new Option<int?>("--seed") { Description = "Base seed (default: the play's own)." }
            .InRange(1, int.MaxValue, "the seed must be a positive integer");
        var sequential = new Option<bool>("--sequential") { Description = "Run every variation with the attack's lines taking turns, as `soccer run --sequential` does." };
        var time = TypedOption.Create("--time", "Time limit in seconds: report the unbroken prefix of runs finished by then (how many depends on speed; each run's result does not).",
            text => SolveOptionText.ParseSeconds(text, "--time"));
        var format = FormatOption.Create("text", "json");
        var cluster = ClusterArguments.CreateOption();
        var shardSize = ClusterArguments.CreateShardSizeOption("runs", new ShardingOptions().RunsPerShard, MaxRuns);
        var command = new Command("sweep", "Runs many seeded variations of a play and reports how often it scores.") { play, runs, threads, seed, sequential, time, format, cluster, shardSize };
        command.SetAction(parse => context.Guard(() =>
        {
            var runsPerShard = ClusterArguments.ShardSize(parse, shardSize, cluster);
            var (thePlay, scripts) = SoccerRunCommand.ResolvePlay(parse.GetValue(play));
            foreach (var warning in thePlay.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }
            var n = parse.GetValue(runs);
            var k = parse.GetValue(threads);
            var s = parse.GetValue(seed) ?? thePlay.Seed;
            var limit = parse.GetValue(time);
            var limitText = parse.GetResult(time)?.Tokens.LastOrDefault()?.Value;
            using var cancel = new CtrlC();
            using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancel.Token);
            if (limit is { } l)
            {
                stop.CancelAfter(l);
            }
            var show = ProgressBar.CanShow(context);
            using var progress = new ProgressBar(context, n, show);
            SweepResult result;
            try
            {
                var options = new SweepOptions
                {
                    Runs = n,
                    Threads = k,
                    Seed = s,
                    Sequential = parse.GetValue(sequential),
                    Progress = show ? progress : null,
                };
                result = parse.GetValue(cluster) is { } membership
                    ? SweepOnCluster.Run(membership, parse.GetValue(play)!, thePlay, options, runsPerShard, stop.Token)
                    : PlaySweep.Run(thePlay, options, scripts, stop.Token);
            }
            catch (OperationCanceledException) when (!cancel.IsCancellationRequested)
            {
                throw new InputException($"--time {limitText}: no run finished within the limit");
            }
            finally
            {
                progress.Finish();
            }
            context.Output.Write(parse.GetValue(format) == "json" ? SweepJson.Write(result, n) + Environment.NewLine : result.Format());
            context.Output.Flush();
            if (cancel.IsCancellationRequested)
            {
                // Ctrl-C: the runs finished so far were printed above.
                return ExitCodes.Interrupted;
            }
            if (result.Runs < n)
            {
                context.Error.WriteLine($"tempo: --time {limitText}: stopped after {result.Runs:N0} of {n:N0} runs");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
