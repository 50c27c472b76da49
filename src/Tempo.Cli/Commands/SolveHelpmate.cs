using Tempo.Chess;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>The helpmate branch of `tempo chess solve --stip h#N`: every solution, in the chosen format.</summary>
internal static class SolveHelpmate
{
    public static int Run(CliContext context, Stipulation stipulation, string shape, HelpmateOptions options, Position position)
    {
        if (shape == "pgn")
        {
            throw new SolveOptionException($"--format pgn: not available for helpmates ({stipulation}); use table, tree or json");
        }
        using var cancel = new CtrlC();
        var result = HelpmateSolver.Solve(position, stipulation, options, cancel.Token);
        context.Output.Write(shape switch
        {
            "tree" => result.FormatTree(),
            "json" => result.ToJson() + "\n",
            _ => result.FormatTable(),
        });
        context.Output.Flush();
        return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }
}
