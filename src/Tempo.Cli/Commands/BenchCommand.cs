using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>`tempo bench`: Deterministic speed signatures, as Stockfish's bench.</summary>
public static class BenchCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("bench", "Deterministic speed signatures, as Stockfish's bench.");
        foreach (var sub in Subcommands(context))
        {
            command.Subcommands.Add(sub);
        }
        return command;
    }

    // Each subcommand lives in its own file; add one line per subcommand here.
    private static IEnumerable<Command> Subcommands(CliContext context)
    {
        yield return BenchChessCommand.Build(context);
        yield return BenchAsyncCommand.Build(context);
        yield break;
    }
}
