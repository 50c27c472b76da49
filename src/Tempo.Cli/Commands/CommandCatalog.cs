using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>The top-level commands of `tempo`.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        yield return ChessCommand.Build(context);
        yield return SoccerCommand.Build(context);
        yield return BenchCommand.Build(context);
        yield return DemoCommand.Build(context);
        yield return ServeCommand.Build(context);
        yield return ClusterCommand.Build(context);
    }
}
