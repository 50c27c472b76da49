using System.CommandLine;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Plays;
using Tempo.Soccer.Tracking;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer compare PLAY TRACKING [--format lastrow|metrica-events] [--goal N] [--out DIR] [--seed S]`: simulates the play and measures it against the real tracks or events.</summary>
public static class SoccerCompareCommand
{
    public static Command Build(CliContext context)
    {
        var play = new Argument<string>("play") { Description = "A play file (e.g. one `soccer import` made from the tracks)." };
        var tracking = new Argument<string>("tracking") { Description = "The tracking file (Last Row CSV), or Metrica's event CSV with --format metrica-events." };
        var format = new Option<string?>("--format") { Description = "The real data's format: lastrow (default) or metrica-events (compared at the points the events place the ball)." };
        format.AcceptOnlyFromAmong("lastrow", "metrica-events");
        var goal = SoccerImportCommand.GoalOption();
        var outDir = new Option<string?>("--out") { Description = "Directory for overlay.svg (real and simulated paths) and compare.html (both plays animated side by side)." };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default: the play's own)." };
        var command = new Command("compare", "Simulates a play and measures it against the real tracks: ball and player position error (median, 90th percentile), goal time, event order.") { play, tracking, format, goal, outDir, seed };
        command.SetAction(parse => context.Guard(() =>
        {
            var (thePlay, scripts) = SoccerRunCommand.ResolvePlay(parse.GetValue(play));
            if (parse.GetValue(seed) is < 1)
            {
                throw new InputException($"--seed {parse.GetValue(seed)}: the seed must be a positive integer");
            }
            if (parse.GetValue(format) == "metrica-events")
            {
                var (_, move) = SoccerImportCommand.LoadMove(parse.GetValue(tracking) ?? "", SoccerImportCommand.Goal(parse.GetValue(goal)));
                var run = PlaySimulator.Run(thePlay, new RunOptions { Seed = parse.GetValue(seed) }, scripts);
                context.Output.WriteLine(run.FormatOutcome());
                context.Output.WriteLine($"events: {parse.GetValue(tracking)}, goal {move.Goal} ({move.Team}), from its move's first pass ({move.StartSeconds:0.00} s into period {move.Shot.Period})");
                context.Output.WriteLine(MetricaComparison.Measure(run, move).Format());
                return ExitCodes.Ok;
            }
            var data = SoccerImportCommand.Load(parse.GetValue(tracking) ?? "");
            var (events, _) = TrackInference.Infer(data);
            var start = TrackInference.FirstAttackControl(data, events)?.Frame
                ?? throw new InputException($"{data.Source}: no attacker ever controls the ball, so there is no start to align the play with");
            var result = PlaySimulator.Run(thePlay, new RunOptions { Seed = parse.GetValue(seed) }, scripts);
            var comparison = PlayComparison.Measure(result, data, start);
            context.Output.WriteLine(result.FormatOutcome());
            context.Output.WriteLine($"tracks: {data.Source}, from frame {start} ({data.TimeOf(start):0.00} s), when the attack first controls the ball");
            context.Output.WriteLine(comparison.Format());
            if (parse.GetValue(outDir) is { } dir)
            {
                if (File.Exists(dir))
                {
                    throw new InputException($"--out {dir}: is a file, not a directory");
                }
                Directory.CreateDirectory(dir);
                File.WriteAllText(Path.Combine(dir, "overlay.svg"), ComparisonSvg.Render(result, data, start, comparison));
                context.Output.WriteLine($"wrote {Path.Combine(dir, "overlay.svg")}");
                File.WriteAllText(Path.Combine(dir, "compare.html"), ComparisonAnimation.Render(result, data, start, comparison));
                context.Output.WriteLine($"wrote {Path.Combine(dir, "compare.html")} (real and simulated side by side)");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
