using System.CommandLine;

namespace Tempo.Cli.Commands;

/// <summary>The top-level commands of `tempo`; each area adds its command here.</summary>
public static class CommandCatalog
{
    public static IEnumerable<Command> Build(CliContext context)
    {
        yield break;
    }
}
