using System.CommandLine;
using Tempo.Soccer.Plays;
using Tempo.Soccer.Tracking;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer import FILE --format lastrow|metrica-events [--goal N] [--out PLAY.yaml] [--name NAME]`.</summary>
public static class SoccerImportCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A tracking file (Last Row CSV: players and ball at 20 frames a second), or Metrica's event CSV." };
        var format = new Option<string>("--format") { Description = "The file's format: lastrow (tracking) or metrica-events (a goal's move from Metrica's event data).", Required = true };
        format.AcceptOnlyFromAmong("lastrow", "metrica-events");
        var goal = GoalOption();
        var outFile = new Option<string?>("--out") { Description = "Write the play file here (default: print it; the report then goes to stderr)." };
        var name = new Option<string?>("--name") { Description = "The play's name (default: the file's name)." };
        var command = new Command("import", "Makes a play file from tracking data: start positions, the ball holder, each attacker's runs, passes, dribbles and shot, inferred from the tracks.") { file, format, goal, outFile, name };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file) ?? "";
            if (parse.GetValue(format) == "metrica-events")
            {
                return ImportMetrica(context, path, Goal(parse.GetValue(goal)), parse.GetValue(name) ?? Path.GetFileNameWithoutExtension(path), parse.GetValue(outFile));
            }
            var data = Load(path);
            var import = PlayImporter.Import(data, parse.GetValue(name) ?? Path.GetFileNameWithoutExtension(path));
            // The play must read back as a valid play file: a check on the importer, not on the coach.
            var play = PlayFile.Parse(import.Yaml, parse.GetValue(outFile) ?? "(imported play)");
            var report = parse.GetValue(outFile) is null ? context.Error : context.Output;
            report.WriteLine($"{path}: {data.FrameCount} frames at {data.FrameRate:0} per second; the play starts at frame {import.StartFrame}, when the attack first controls the ball");
            report.WriteLine($"inferred events (time from the play's start; how sure, 0-1):");
            foreach (var line in import.Report)
            {
                report.WriteLine("  " + line);
            }
            foreach (var warning in play.Warnings)
            {
                report.WriteLine($"warning: {warning}");
            }
            if (parse.GetValue(outFile) is { } target)
            {
                File.WriteAllText(target, import.Yaml);
                report.WriteLine($"wrote {target}");
            }
            else
            {
                context.Output.Write(import.Yaml);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }

    /// <summary>`--goal N`: which goal of a Metrica event file (1 = the first).</summary>
    internal static Option<int?> GoalOption() => new("--goal") { Description = "With --format metrica-events: which goal of the file (1 = the first; default 1)." };

    /// <summary>The goal asked for, or stops with the one-line reason.</summary>
    internal static int Goal(int? goal) => goal is null ? 1 : goal >= 1 ? goal.Value : throw new InputException($"--goal {goal}: the goal must be 1 or more");

    /// <summary>Reads a Metrica event file and finds a goal's move in it, or stops with the one-line reason.</summary>
    internal static (IReadOnlyList<MetricaEvent> Events, MetricaMove Move) LoadMove(string path, int goal)
    {
        try
        {
            var events = MetricaEventsReader.Load(path);
            return (events, MetricaMove.Find(events, goal, path));
        }
        catch (TrackingFileException e)
        {
            throw new InputException(e.Message);
        }
    }

    private static int ImportMetrica(CliContext context, string path, int goal, string name, string? outFile)
    {
        var (events, _) = LoadMove(path, goal);
        var import = MetricaImporter.Import(events, goal, path, name);
        var play = PlayFile.Parse(import.Yaml, outFile ?? "(imported play)");
        var report = outFile is null ? context.Error : context.Output;
        report.WriteLine($"{path}: {events.Count} events; goal {goal} ({import.Move.Team}), a move of {import.Move.Passes.Count} pass{(import.Move.Passes.Count == 1 ? "" : "es")} and the shot");
        report.WriteLine("events used (time from the move's start):");
        foreach (var line in import.Report)
        {
            report.WriteLine("  " + line);
        }
        foreach (var warning in play.Warnings)
        {
            report.WriteLine($"warning: {warning}");
        }
        if (outFile is not null)
        {
            File.WriteAllText(outFile, import.Yaml);
            report.WriteLine($"wrote {outFile}");
        }
        else
        {
            context.Output.Write(import.Yaml);
        }
        return ExitCodes.Ok;
    }

    /// <summary>Reads a tracking file, or stops with the one-line reason.</summary>
    internal static TrackingData Load(string path)
    {
        try
        {
            return LastRowReader.Load(path);
        }
        catch (TrackingFileException e)
        {
            throw new InputException(e.Message);
        }
    }
}
