using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>`tempo soccer`: Soccer-play simulation: run, sweep, import, compare, calibrate.</summary>
public static class SoccerCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("soccer", "Soccer-play simulation: run, sweep, import, compare, calibrate.");
        foreach (var sub in Subcommands(context))
        {
            command.Subcommands.Add(sub);
        }
        return command;
    }

    // Each subcommand lives in its own file; add one line per subcommand here.
    private static IEnumerable<Command> Subcommands(CliContext context)
    {
        yield return SoccerRunCommand.Build(context);
        yield return SoccerSweepCommand.Build(context);
        yield return SoccerImportCommand.Build(context);
        yield return SoccerCompareCommand.Build(context);
        yield return SoccerCalibrateCommand.Build(context);
        yield break;
    }
}
