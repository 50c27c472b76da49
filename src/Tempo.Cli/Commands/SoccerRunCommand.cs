using System.CommandLine;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Output;
using Tempo.Soccer.Plays;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer run PLAY|book [--out DIR] [--seed S] [--sequential] [--varied] [--format text|json]`.</summary>
public static class SoccerRunCommand
{
    public static Command Build(CliContext context)
    {
        var play = new Argument<string>("play") { Description = "A play file (YAML or JSON, see docs/play-file.md), or 'book' for the chapter's play." };
        var outDir = new Option<string?>("--out") { Description = "Directory for the phase SVGs, play.html, timeline.svg, trace.json and events.json." };
        var seed = new Option<int?>("--seed") { Description = "Random seed (default: the play's own)." }
            .InRange(1, int.MaxValue, "the seed must be a positive integer");
        var sequential = new Option<bool>("--sequential") { Description = "Run the attack's lines of control one at a time (a Tempo.Async sequential scope) while the defence plays on." };
        var varied = new Option<bool>("--varied") { Description = "Vary reaction times and top speeds from the seed as `soccer sweep` does for each run (replays a sweep's 'e.g. --seed S --varied')." };
        var format = FormatOption.Create("text", "json");
        var command = new Command("run", "Simulates a play: every player and the ball is a line of control on one virtual clock.") { play, outDir, seed, sequential, varied, format };
        command.SetAction(parse => context.Guard(() =>
        {
            var (thePlay, scripts) = ResolvePlay(parse.GetValue(play));
            foreach (var warning in thePlay.Warnings)
            {
                context.Error.WriteLine($"warning: {warning}");
            }
            var s = parse.GetValue(seed);
            if (parse.GetValue(outDir) is { } target && File.Exists(target))
            {
                throw new InputException($"--out {target}: is a file, not a directory");
            }
            if (parse.GetValue(varied))
            {
                thePlay = PlaySweep.Vary(thePlay, s ?? thePlay.Seed);
            }
            var result = PlaySimulator.Run(thePlay, new RunOptions { Seed = s, Sequential = parse.GetValue(sequential) }, scripts);
            IReadOnlyList<string> written = [];
            if (parse.GetValue(outDir) is { } dir)
            {
                written = PlayOutputWriter.WriteAll(result, dir);
            }
            if (parse.GetValue(format) == "json")
            {
                context.Output.WriteLine(PlayJson.Result(result));
                return ExitCodes.Ok;
            }
            context.Output.WriteLine(result.FormatOutcome());
            if (result.Explanation is { } why)
            {
                context.Output.WriteLine(why);
            }
            context.Output.WriteLine();
            context.Output.Write(result.FormatStepTable());
            if (written.Count > 0)
            {
                context.Output.WriteLine();
                context.Output.WriteLine($"wrote {written.Count} files: {string.Join(", ", written)}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>"book" is the built-in chapter play (with its C# scripts); anything else is a play file.</summary>
    internal static (Play Play, IReadOnlyDictionary<int, PlayScript>? Scripts) ResolvePlay(string? argument)
    {
        if (string.IsNullOrWhiteSpace(argument))
        {
            throw new InputException("PLAY: give a play file (YAML or JSON) or 'book'");
        }
        if (argument == "book")
        {
            return (BookPlay.Load(), BookPlay.Scripts);
        }
        if (!File.Exists(argument))
        {
            throw new InputException($"PLAY '{argument}': no such play file (or use 'book' for the chapter's play)");
        }
        return (PlayFile.Load(argument), null);
    }
}
