using Tempo.Chess;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>The helpmate branch of `tempo chess solve --stip h#N`: every solution, in the chosen format.</summary>
internal static class SolveHelpmate
{
    public static int Run(CliContext context, Stipulation stipulation, string shape, HelpmateOptions options, Position position)
    {
        using var cancel = new CtrlC();
        var result = HelpmateSolver.Solve(position, stipulation, options, cancel.Token);
        context.Output.Write(shape switch
        {
            "tree" => result.FormatTree(),
            "json" => result.ToJson() + "\n",
            "pgn" => result.ToPgn(),
            _ => result.FormatTable(),
        });
        context.Output.Flush();
        return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }
}
