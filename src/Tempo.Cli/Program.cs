using System.CommandLine;
using Tempo.Cli.Commands;

namespace Tempo.Cli;

public static class Program
{
    public static int Main(string[] args) => Run(args, Console.Out, Console.Error);

    /// <summary>Runs the command line with the given writers; tests call this in-process.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = BuildRootCommand(output, error);
        var config = new InvocationConfiguration { Output = output, Error = error };
        var parse = root.Parse(args);
        if (parse.Errors.Count > 0)
        {
            foreach (var e in parse.Errors)
            {
                error.WriteLine($"tempo: {ParseErrorText.Describe(e)}");
            }
            return ExitCodes.BadInput;
        }
        return parse.Invoke(config);
    }

    public static RootCommand BuildRootCommand(TextWriter output, TextWriter error)
    {
        var context = new CliContext(output, error);
        var root = new RootCommand("Tempo: a chess mate prover (synchronous), a soccer-play simulator (asynchronous), and timelines of their lines of control.");
        foreach (var command in CommandCatalog.Build(context))
        {
            root.Subcommands.Add(command);
        }
        return root;
    }
}
