using System.CommandLine;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// `tempo chess solve FEN|FILE.inp|- [--input fen|popeye] [--stip #N|h#N|h#N.5|s#N] [--max N] [--max-solutions K] [--time S]
/// [--threads K] [--line "…"] [--format table|tree|json|pgn|popeye]`: proves the shortest mate, or lists a helpmate's
/// solutions; a Popeye problem file is solved twin by twin.
/// </summary>
public static class SolveCommand
{
    public static Command Build(CliContext context)
    {
        var fen = TypedOption.CreateArgument("fen", "Position as FEN (4 or 6 fields, quoted), or startpos (the side to move is the attacker); or a Popeye problem file (.inp, or - for standard input)", SolveSubject.Read);
        var input = new Option<string>("--input") { Description = "Read the argument as: fen, or popeye (Popeye's input language: pieces, stipulation, option, twin); default: a .inp name or an existing file is Popeye, else FEN" };
        input.AcceptOnlyFromAmong("fen", "popeye");
        var max = SolveOptions.Max($"Longest mate to look for, in moves, 1 to {MateSolverOptions.MaxMovesLimit} (default 8)");
        var time = SolveOptions.Seconds("--time", "Time limit in seconds; when it runs out the answer is 'unknown' with how far the proof got");
        var threads = SolveOptions.Threads("Worker threads splitting the root moves (default 1); the answer is the same for any count");
        var hash = SolveOptions.Hash($"Transposition table size in MiB, 1 to {SolveOptionText.MaxHashMegabytes} (default 64)");
        var line = new Option<string>("--line") { Description = "Defences to follow (e.g. \"Nd4 Be6\"), or a full line starting with the attacker's move; each attacker move is checked to still mate in time" };
        var stip = SolveOptions.Stip("Stipulation: #N (directmate, default; N as --max), h#N or h#N.5 (helpmate: Black begins, or White with .5; every solution listed), s#N (selfmate)");
        var maxSolutions = SolveOptions.MaxSolutions("Helpmates: list at most this many solutions (the first in canonical order)");
        var setPlay = new Option<bool>("--set-play") { Description = "#N and s#N: also list set play (the defender's moves as if the attacker passed, with the answers), in tree and json" };
        var format = FormatOption.Create("table", "tree", "json", "pgn", "popeye");
        var command = new Command("solve", "Proves the shortest forced mate for the side to move: keys, cooks, duals, threat, main line and solution tree")
        {
            fen, input, stip, max, maxSolutions, setPlay, time, threads, hash, line, format,
        };
        command.SetAction(parse => context.Guard(() =>
        {
            var shape = parse.GetValue(format)!;
            var stipulation = parse.GetValue(stip);
            var subject = parse.GetValue(fen)!.As(parse.GetValue(input));
            var overrides = new SolvePopeye.Overrides(
                parse.GetValue(maxSolutions), parse.GetValue(setPlay), parse.GetValue(time), parse.GetValue(threads), parse.GetValue(hash));
            if (subject.IsFile)
            {
                if (stipulation is not null)
                {
                    throw new InputException($"--stip: {subject.Text} gives its own stipulation (twin stipulation … changes it)");
                }
                return SolvePopeye.RunFile(context, subject.Text, shape, overrides);
            }
            if (shape == "popeye")
            {
                return SolvePopeye.RunPosition(context, subject.Position!, stipulation, parse.GetValue(max), overrides);
            }
            if (stipulation is { Kind: StipulationKind.Help } help)
            {
                return SolveHelpmate.Run(context, help, shape, new HelpmateOptions
                {
                    MaxSolutions = parse.GetValue(maxSolutions),
                    TimeLimit = parse.GetValue(time),
                    Threads = parse.GetValue(threads),
                    TableMegabytes = parse.GetValue(hash),
                }, subject.Position!);
            }
            var options = new MateSolverOptions
            {
                MaxMoves = stipulation?.Moves ?? parse.GetValue(max),
                Selfmate = stipulation?.Kind == StipulationKind.Self,
                SetPlay = parse.GetValue(setPlay),
                TimeLimit = parse.GetValue(time),
                Threads = parse.GetValue(threads),
                TableMegabytes = parse.GetValue(hash),
                Line = parse.GetValue(line) is { } given ? [given] : null,
                // Only the tree, JSON and PGN show tries; the table would spend the search on nothing.
                FindTries = shape is "tree" or "json" or "pgn",
            };
            var position = subject.Position!;
            using var cancel = new CtrlC();
            MateResult result;
            using (var progress = ProgressBar.CanShow(context) ? new SolveProgressLine(context) : null)
            {
                result = MateSolver.Solve(position, options with { Progress = progress }, cancel.Token);
            }
            context.Output.Write(shape switch
            {
                "tree" => result.FormatTree(),
                "json" => result.ToJson() + "\n",
                "pgn" => result.ToPgn(),
                _ => result.FormatTable(),
            });
            context.Output.Flush();
            return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
        }));
        return command;
    }
}
