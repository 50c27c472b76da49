using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>`tempo chess`: Chess commands: perft, diagram, solve, batch.</summary>
public static class ChessCommand
{
    public static Command Build(CliContext context)
    {
        var command = new Command("chess", "Chess commands: perft, diagram, solve, batch.");
        foreach (var sub in Subcommands(context))
        {
            command.Subcommands.Add(sub);
        }
        return command;
    }

    // Each subcommand lives in its own file; add one line per subcommand here.
    private static IEnumerable<Command> Subcommands(CliContext context)
    {
        yield return PerftCommand.Build(context);
        yield return DiagramCommand.Build(context);
        yield return SolveCommand.Build(context);
        yield return BatchCommand.Build(context);
        yield return UciCommand.Build(context);
        yield break;
    }
}
