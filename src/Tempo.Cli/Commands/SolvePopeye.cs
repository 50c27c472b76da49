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
        // One helpmate table for every solve of the file, cleared before each (PopeyeHelpmate solves each length).
        var workspace = new SolverWorkspace();
        for (int p = 0; p < problems.Count && !cancel.IsCancellationRequested; p++)
        {
            var problem = problems[p];
            bool setPlay = problem.SetPlay || overrides.SetPlay;
            var end = new ProblemEnd();
            if (shape == "popeye")
            {
                context.Output.Write(PopeyeFormat.Header(problem, setPlay));
            }
            for (int t = 0; t < problem.Twins.Count && !cancel.IsCancellationRequested; t++)
            {
                var twin = problem.Twins[t];
                var position = Position.Parse(twin.Fen);
                var limits = overrides with
                {
                    MaxSolutions = overrides.MaxSolutions ?? problem.MaxSolutions,
                    Time = null,
                    SetPlay = setPlay,
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
                // As Popeye's option MaxTime: the limit holds for each twin.
                using var deadline = Deadline(cancel.Token, overrides.Time ?? problem.MaxTime);
                var block = Solve(position, twin.Stipulation, shape, limits, tree, workspace, deadline.Token);
                var notes = PopeyeIgnored.Notes(problem, twin, setPlay);
                context.Output.Write(shape switch
                {
                    "popeye" => end.Twin(block with { Text = PopeyeFormat.TwinHeading(twin, setPlay) + block.Text },
                        t > 0 && twin.WhiteToPlayIgnored ? PopeyeIgnored.WhiteToPlay + "\n" : ""),
                    "json" => Wrap(problems.Count > 1 ? p + 1 : null, twin, notes, block.Text),
                    "pgn" => PgnGame(block.Text, $"{Path.GetFileName(name)} " + (problems.Count > 1 ? $"problem {p + 1}" : "problem")
                        + (twin.Label.Length > 0 ? $" {twin.Label}) {twin.Change.TrimEnd()}" : ""), notes),
                    _ => (problems.Count > 1 && t == 0 ? $"problem {p + 1} (line {problem.Line})\n" : "")
                        + (twin.Label.Length > 0 ? $"{twin.Label}) {twin.Change.TrimEnd()}\n" : "")
                        + string.Concat(notes.Select(n => n + "\n")) + block.Text,
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
        using var deadline = Deadline(cancel.Token, overrides.Time);
        var limits = overrides with { Time = null };
        var (stipulation, stopped) = given is { } known ? (known, false) : ShortestMate(position, max, limits, deadline.Token);
        context.Output.Write(PopeyeFormat.Header(position, stipulation ?? new Stipulation(StipulationKind.Direct, max)));
        var end = new ProblemEnd();
        if (stipulation is { } found)
        {
            var tree = new PopeyeTreeOptions { SetPlay = overrides.SetPlay, MaxSolutions = overrides.MaxSolutions, TableMegabytes = overrides.Hash };
            context.Output.Write(end.Twin(Solve(position, found, "popeye", limits, tree, new SolverWorkspace(), deadline.Token)));
        }
        else if (stopped)
        {
            // The shortest mate was not found in time: nothing to print but Popeye's closing line for it.
            end.Twin(new PopeyeBlock("", false, Interrupted: true));
        }
        context.Output.Write(end.Finish());
        context.Output.Flush();
        return cancel.IsCancellationRequested ? ExitCodes.Interrupted : ExitCodes.Ok;
    }

    /// <summary>Cancelled by Ctrl-C or when <paramref name="time"/> has passed.</summary>
    private static CancellationTokenSource Deadline(CancellationToken cancel, TimeSpan? time)
    {
        var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancel);
        if (time is { } limit)
        {
            deadline.CancelAfter(limit);
        }
        return deadline;
    }

    private static (Stipulation? Found, bool Stopped) ShortestMate(Position position, int max, Overrides overrides, CancellationToken token)
    {
        var result = MateSolver.Solve(position, new MateSolverOptions
        {
            MaxMoves = max,
            Threads = overrides.Threads,
            TableMegabytes = overrides.Hash,
            BuildTree = false,
            FindTries = false,
        }, token);
        return (result.MateIn is { } n ? new Stipulation(StipulationKind.Direct, n) : null, result.Status == MateStatus.Unknown);
    }

    /// <summary>
    /// The twin's solution in <paramref name="shape"/>, until <paramref name="token"/> stops it (the problem's time limit,
    /// Ctrl-C); partial when option MaxSolutions cut Popeye's layout, interrupted when the token stopped it.
    /// </summary>
    private static PopeyeBlock Solve(Position position, Stipulation stipulation, string shape, Overrides limits, PopeyeTreeOptions tree, SolverWorkspace workspace, CancellationToken token)
    {
        if (stipulation.Kind == StipulationKind.Help)
        {
            var options = new HelpmateOptions
            {
                MaxSolutions = limits.MaxSolutions,
                Threads = limits.Threads,
                TableMegabytes = limits.Hash,
                Workspace = workspace,
            };
            if (shape == "popeye")
            {
                return PopeyeHelpmate.Solve(position, stipulation, options, limits.SetPlay, token);
            }
            // A file's maxsolutions keeps what Popeye prints of this length, as chess batch does: solved in full, then cut.
            var result = PopeyeSolutionCap.Helpmate(position, stipulation, options, token);
            return new PopeyeBlock(shape switch
            {
                "json" => result.ToJson(),
                "tree" => result.FormatTree(),
                "pgn" => result.ToPgn(),
                _ => result.FormatTable(),
            }, false, !result.Complete);
        }
        if (shape == "popeye")
        {
            return PopeyeFormat.Tree(position, stipulation, tree, token);
        }
        var mate = MateSolver.Solve(position, new MateSolverOptions
        {
            MaxMoves = stipulation.Moves,
            Selfmate = stipulation.Kind == StipulationKind.Self,
            SetPlay = limits.SetPlay,
            Threads = limits.Threads,
            TableMegabytes = limits.Hash,
            FindTries = shape is "tree" or "json" or "pgn",
        }, token);
        return new PopeyeBlock(shape switch
        {
            "json" => mate.ToJson(),
            "pgn" => mate.ToPgn(),
            "tree" => mate.FormatTree(),
            _ => mate.FormatTable(),
        }, false, mate.Status == MateStatus.Unknown);
    }

    /// <summary>
    /// A twin's PGN game named after the file, problem and twin in its Event tag, the ignored options as a first comment.
    /// </summary>
    private static string PgnGame(string pgn, string name, IReadOnlyList<string> ignored)
    {
        var lines = pgn.Split('\n').ToList();
        lines[0] = $"[Event \"{name.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)}\"]";
        int movetext = lines.IndexOf("") + 1;
        if (ignored.Count > 0 && movetext > 0 && movetext < lines.Count)
        {
            lines.Insert(movetext, string.Join(' ', ignored.Select(note => "{" + note.Replace('}', ')') + "}")));
        }
        return string.Join('\n', lines) + (pgn.EndsWith("\n\n", StringComparison.Ordinal) ? "" : "\n");
    }

    /// <summary>One JSON line per twin: which problem and twin, the options Popeye would ignore for it (with why), and the solve's own object.</summary>
    private static string Wrap(int? problem, PopeyeTwin twin, IReadOnlyList<string> ignored, string result)
    {
        var head = problem is { } number ? $"\"problem\":{number}," : "";
        return $"{{{head}\"twin\":{JsonSerializer.Serialize(twin.Label)},\"change\":{JsonSerializer.Serialize(twin.Change.TrimEnd())},"
            + $"\"ignored\":{JsonSerializer.Serialize(ignored)},\"result\":{result.Trim()}}}\n";
    }
}
