using Tempo.Chess.Popeye;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>
/// A batch line that is a helpmate or selfmate: solved exactly as stipulated, and compared with the file's answer when
/// it gives one (<see cref="BatchEntry.ExpectedAnswer"/>: the number of solutions, every solution, or the selfmate keys).
/// It proves into the batch worker's <see cref="SolverWorkspace"/>, as a directmate line does: a fresh 64 MiB table per
/// line cost more than many small helpmates' whole search (its pages faulted in one by one).
/// </summary>
internal static class StipulationSolver
{
    public static BatchOutcome Solve(BatchEntry entry, Position position, Stipulation stipulation, BatchOptions options, SolverWorkspace workspace, CancellationToken cancellationToken)
    {
        if (stipulation.Kind == StipulationKind.Help)
        {
            var helpOptions = new HelpmateOptions
            {
                TimeLimit = options.TimePerPosition,
                Threads = options.Threads,
                TableMegabytes = options.TableMegabytes,
                Workspace = workspace,
            };
            // A Popeye file's maxsolutions keeps what Popeye would print of this length (solved in full, then cut).
            var help = entry.MaxSolutions is { } cap
                ? PopeyeSolutionCap.Helpmate(position, stipulation, helpOptions with { MaxSolutions = cap }, cancellationToken)
                : HelpmateSolver.Solve(position, stipulation, helpOptions, cancellationToken);
            var lines = help.Solutions.Select(s => string.Join(' ', s.Select(m => m.ToUci()))).ToList();
            bool? agrees = entry.ExpectedAnswer switch
            {
                null => null,
                var text when text.StartsWith("count=", StringComparison.Ordinal) => text[6..] == lines.Count.ToString(System.Globalization.CultureInfo.InvariantCulture),
                var text when text.StartsWith("lines=", StringComparison.Ordinal) => SameSet(text[6..].Split('|'), lines),
                _ => false,
            };
            return new BatchOutcome(entry, null, agrees, help.Complete && agrees != false) { Helpmate = help };
        }
        var result = MateSolver.Solve(position, new MateSolverOptions
        {
            MaxMoves = stipulation.Moves,
            Selfmate = true,
            TimeLimit = options.TimePerPosition,
            Threads = options.Threads,
            MaxTreeMoves = 2_000,
            TableMegabytes = options.TableMegabytes,
            Workspace = workspace,
            FindTries = false,
        }, cancellationToken);
        bool? keysAgree = entry.ExpectedAnswer switch
        {
            null when entry.Stipulation is null => null,
            null => result.MateIn == stipulation.Moves,
            var text when text.StartsWith("keys=", StringComparison.Ordinal) =>
                result.MateIn == stipulation.Moves && SameSet(text[5..].Split(' '), result.Keys.Select(k => k.ToUci())),
            _ => false,
        };
        return new BatchOutcome(entry, result, keysAgree, result.Status != MateStatus.Unknown && keysAgree != false);
    }

    /// <summary>The same moves, in any order (blank entries ignored).</summary>
    internal static bool SameSet(IEnumerable<string> expected, IEnumerable<string> found) =>
        expected.Select(e => e.Trim()).Where(e => e.Length > 0).Order(StringComparer.Ordinal)
            .SequenceEqual(found.Order(StringComparer.Ordinal));
}
