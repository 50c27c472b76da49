using System.Text.Json;
using Tempo.Chess;
using Tempo.Chess.Popeye;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// `chess solve` of a Popeye problem file (or of a FEN with <c>--format popeye</c>): every problem and every twin
/// solved in turn and printed in the chosen format.
/// </summary>
internal static class SolvePopeye
{
    /// <summary>The options the command line gives beside the file's own.</summary>
    public sealed record Overrides(int? MaxSolutions, bool SetPlay, TimeSpan? Time, int Threads, int Hash);

    /// <summary>Reads <paramref name="path"/> (or standard input for "-") and solves every twin of every problem.</summary>
    public static int RunFile(CliContext context, string path, string shape, Overrides overrides)
    {
        if (shape == "pgn")
        {
            throw new InputException("--format pgn: not available for a Popeye problem file; use popeye, table, tree or json");
        }
        string name = path == "-" ? "stdin" : path;
        string text;
        try
        {
            text = path == "-" ? Console.In.ReadToEnd() : File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new InputException($"{path}: no such file");
        }
        var problems = PopeyeReader.Read(text, name);
        using var cancel = new CtrlC();
        for (int p = 0; p < problems.Count && !cancel.IsCancellationRequested; p++)
        {
            var problem = problems[p];
            var end = new ProblemEnd();
            if (shape == "popeye")
            {
                context.Output.Write(PopeyeFormat.Header(problem));
            }
            foreach (var twin in problem.Twins)
            {
                if (cancel.IsCancellationRequested)
                {
                    break;
                }
                var position = Position.Parse(twin.Fen);
                var limits = overrides with
                {
                    MaxSolutions = overrides.MaxSolutions ?? problem.MaxSolutions,
                    Time = overrides.Time ?? problem.MaxTime,
                    SetPlay = problem.SetPlay || overrides.SetPlay,
                };
                var tree = new PopeyeTreeOptions
                {
                    Variation = problem.Variation,
                    Tries = problem.Tries,
                    Defences = problem.Defences,
                    SetPlay = limits.SetPlay,
                    NoThreat = problem.NoThreat,
                    MaxSolutions = limits.MaxSolutions,
                    TableMegabytes = overrides.Hash,
                };
                var (body, partial) = Solve(position, twin.Stipulation, shape, limits, tree, cancel.Token);
                context.Output.Write(shape switch
                {
                    "popeye" => end.Twin(PopeyeFormat.TwinHeading(twin) + body, partial),
                    "json" => Wrap(problems.Count > 1 ? p + 1 : null, twin, body),
                    _ => (problems.Count > 1 && twin == problem.Twins[0] ? $"problem {p + 1} (line {problem.Line})\n" : "")
                        + (twin.Label.Length > 0 ? $"{twin.Label}) {twin.Change.TrimEnd()}\n" : "") + body,
                });
                context.Output.Flush();
            }
            if (shape == "popeye")
            {
                context.Output.Write(end.Finish());
            }
        }
        context.Output.Flush();
        return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    /// <summary>`--format popeye` for a position given as FEN: the stipulation given, or the shortest mate within --max.</summary>
    public static int RunPosition(CliContext context, Position position, Stipulation? given, int max, Overrides overrides)
    {
        using var cancel = new CtrlC();
        var stipulation = given ?? ShortestMate(position, max, overrides, cancel.Token);
        context.Output.Write(PopeyeFormat.Header(position, stipulation ?? new Stipulation(StipulationKind.Direct, max)));
        var end = new ProblemEnd();
        if (stipulation is { } found)
        {
            var tree = new PopeyeTreeOptions { SetPlay = overrides.SetPlay, MaxSolutions = overrides.MaxSolutions, TableMegabytes = overrides.Hash };
            var (body, partial) = Solve(position, found, "popeye", overrides, tree, cancel.Token);
            context.Output.Write(end.Twin(body, partial));
        }
        context.Output.Write(end.Finish());
        context.Output.Flush();
        return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    private static Stipulation? ShortestMate(Position position, int max, Overrides overrides, CancellationToken token)
    {
        var result = MateSolver.Solve(position, new MateSolverOptions
        {
            MaxMoves = max,
            TimeLimit = overrides.Time,
            Threads = overrides.Threads,
            TableMegabytes = overrides.Hash,
            BuildTree = false,
            FindTries = false,
        }, token);
        return result.MateIn is { } n ? new Stipulation(StipulationKind.Direct, n) : null;
    }

    /// <summary>The twin's solution in <paramref name="shape"/>; partial when option MaxSolutions cut Popeye's layout.</summary>
    private static (string Text, bool Partial) Solve(Position position, Stipulation stipulation, string shape, Overrides limits, PopeyeTreeOptions tree, CancellationToken token)
    {
        if (stipulation.Kind == StipulationKind.Help)
        {
            var options = new HelpmateOptions
            {
                MaxSolutions = limits.MaxSolutions,
                TimeLimit = limits.Time,
                Threads = limits.Threads,
                TableMegabytes = limits.Hash,
            };
            if (shape == "popeye")
            {
                var block = PopeyeHelpmate.Solve(position, stipulation, options, limits.SetPlay, token);
                return (block.Text, block.Partial);
            }
            var result = HelpmateSolver.Solve(position, stipulation, options, token);
            return (shape switch
            {
                "json" => result.ToJson(),
                "tree" => result.FormatTree(),
                _ => result.FormatTable(),
            }, false);
        }
        if (shape == "popeye")
        {
            using var timer = new CancellationTokenSource();
            using var linked = CancellationTokenSource.CreateLinkedTokenSource(token, timer.Token);
            if (limits.Time is { } time)
            {
                timer.CancelAfter(time);
            }
            try
            {
                var block = PopeyeFormat.Tree(position, stipulation, tree, linked.Token);
                return (block.Text, block.Partial);
            }
            catch (OperationCanceledException) when (timer.IsCancellationRequested || token.IsCancellationRequested)
            {
                return ("(stopped before the solution was complete)\n\n", false);
            }
        }
        var mate = MateSolver.Solve(position, new MateSolverOptions
        {
            MaxMoves = stipulation.Moves,
            Selfmate = stipulation.Kind == StipulationKind.Self,
            SetPlay = limits.SetPlay,
            TimeLimit = limits.Time,
            Threads = limits.Threads,
            TableMegabytes = limits.Hash,
            FindTries = shape is "tree" or "json",
        }, token);
        return (shape switch
        {
            "json" => mate.ToJson(),
            "tree" => mate.FormatTree(),
            _ => mate.FormatTable(),
        }, false);
    }

    /// <summary>One JSON line per twin: which problem and twin, and the solve's own object.</summary>
    private static string Wrap(int? problem, PopeyeTwin twin, string result)
    {
        var head = problem is { } number ? $"\"problem\":{number}," : "";
        return $"{{{head}\"twin\":{JsonSerializer.Serialize(twin.Label)},\"change\":{JsonSerializer.Serialize(twin.Change.TrimEnd())},\"result\":{result.Trim()}}}\n";
    }
}
