using System.CommandLine;
using Tempo.Soccer.Model;
using Tempo.Soccer.Tracking;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer calibrate [--tracking F]... [--passes F]... [--events F]...`: the model's defaults measured on real data.</summary>
public static class SoccerCalibrateCommand
{
    public static Command Build(CliContext context)
    {
        var tracking = new Option<string[]>("--tracking") { Description = "Last Row tracking CSV: players' top speeds and acceleration.", AllowMultipleArgumentsPerToken = false };
        var passes = new Option<string[]>("--passes") { Description = "Last Row passes CSV (liverpool_2019_passes.csv): pass lengths and travel times." };
        var events = new Option<string[]>("--events") { Description = "Metrica Sports event CSV: its passes and shots." };
        var command = new Command("calibrate", "Measures the simulator's physical defaults on real data (players' top speed and acceleration, pass and shot speeds) and prints each fit beside today's default.") { tracking, passes, events };
        command.SetAction(parse => context.Guard(() =>
        {
            var trackFiles = parse.GetValue(tracking) ?? [];
            var passFiles = parse.GetValue(passes) ?? [];
            var eventFiles = parse.GetValue(events) ?? [];
            if (trackFiles.Length + passFiles.Length + eventFiles.Length == 0)
            {
                throw new InputException("calibrate: give at least one --tracking, --passes or --events file");
            }
            var tracks = trackFiles.Select(SoccerImportCommand.Load).ToList();
            var observed = new List<ObservedPass>();
            var metrica = new List<MetricaEvent>();
            try
            {
                foreach (var file in passFiles)
                {
                    observed.AddRange(LastRowPassesReader.Load(file));
                }
                foreach (var file in eventFiles)
                {
                    var read = MetricaEventsReader.Load(file);
                    metrica.AddRange(read);
                    observed.AddRange(ObservedPass.FromMetrica(read, file));
                }
            }
            catch (TrackingFileException e)
            {
                throw new InputException(e.Message);
            }
            var defaults = new PhysicsParameters();
            var calibration = Calibration.Measure(tracks, observed, metrica, [.. trackFiles, .. passFiles, .. eventFiles], defaults);
            context.Output.WriteLine(calibration.Format(defaults));
            return ExitCodes.Ok;
        }));
        return command;
    }
}
