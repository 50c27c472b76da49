using System.CommandLine;
using Tempo.Soccer.Plays;
using Tempo.Soccer.Tracking;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer import FILE --format lastrow [--out PLAY.yaml] [--name NAME]`.</summary>
public static class SoccerImportCommand
{
    public static Command Build(CliContext context)
    {
        var file = new Argument<string>("file") { Description = "A tracking file (Last Row CSV: players and ball at 20 frames a second)." };
        var format = new Option<string>("--format") { Description = "The tracking file's format.", Required = true };
        format.AcceptOnlyFromAmong("lastrow");
        var outFile = new Option<string?>("--out") { Description = "Write the play file here (default: print it; the report then goes to stderr)." };
        var name = new Option<string?>("--name") { Description = "The play's name (default: the file's name)." };
        var command = new Command("import", "Makes a play file from tracking data: start positions, the ball holder, each attacker's runs, passes, dribbles and shot, inferred from the tracks.") { file, format, outFile, name };
        command.SetAction(parse => context.Guard(() =>
        {
            var path = parse.GetValue(file) ?? "";
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
