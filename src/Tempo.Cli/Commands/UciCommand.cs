using System.CommandLine;
using Tempo.Chess.Uci;

namespace Tempo.Cli.Commands;

/// <summary>`tempo chess uci`: speaks the Universal Chess Interface on stdin/stdout over the mate prover.</summary>
public static class UciCommand
{
    /// <summary>Builds the command; it reads <paramref name="input"/> (standard input when null) until quit or end of input.</summary>
    public static Command Build(CliContext context, TextReader? input = null)
    {
        var command = new Command("uci", "UCI engine on stdin/stdout over the mate prover: go mate N, go depth N, go movetime T, go infinite, go perft N (proves mates; no evaluation)");
        command.SetAction(parse => context.Guard(() =>
        {
            using var engine = new UciEngine(context.Output);
            engine.Run(input ?? Console.In);
            return ExitCodes.Ok;
        }));
        return command;
    }
}
