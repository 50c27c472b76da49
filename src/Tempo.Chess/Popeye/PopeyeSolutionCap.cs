using Tempo.Chess.Solving;

namespace Tempo.Chess.Popeye;

/// <summary>
/// Popeye's option MaxSolutions K on a helpmate: Popeye prints the solutions in fewer moves first and stops at the K-th
/// solution in its own order (<see cref="PopeyeMoveOrder"/>). The formats other than Popeye's and <c>chess batch</c>
/// list the stipulated length only, so they keep the solutions of that length among Popeye's first K: the first
/// K − (shorter ones) in Popeye's order, not the first K of Tempo's canonical order.
/// </summary>
public static class PopeyeSolutionCap
{
    /// <summary>
    /// Solves <paramref name="position"/> for <paramref name="stipulation"/> (a helpmate) in full, then cuts the list as
    /// Popeye's option MaxSolutions <c>options.MaxSolutions</c> would (no cut when null). The result lists the kept
    /// solutions in canonical order and is capped (Popeye's "Partial solution") when Popeye would have stopped at the
    /// K-th solution.
    /// </summary>
    public static HelpmateResult Helpmate(Position position, Stipulation stipulation, HelpmateOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentNullException.ThrowIfNull(options);
        var full = HelpmateSolver.Solve(position, stipulation, options with { MaxSolutions = null }, cancellationToken);
        if (options.MaxSolutions is not { } max)
        {
            return full;
        }
        int shorter = 0;
        for (int moves = stipulation.HalfMove ? 0 : 1; moves < stipulation.Moves && shorter < max; moves++)
        {
            var shortOptions = options with { MaxSolutions = max - shorter };
            shorter += HelpmateSolver.Solve(position, stipulation with { Moves = moves }, shortOptions, cancellationToken).Solutions.Count;
        }
        return Cut(full, max - shorter);
    }

    /// <summary>
    /// <paramref name="result"/> cut to the first <paramref name="keep"/> solutions Popeye would find (none when
    /// <paramref name="keep"/> is 0 or less), listed in canonical order; capped when Popeye would stop there.
    /// </summary>
    internal static HelpmateResult Cut(HelpmateResult result, int keep)
    {
        ArgumentNullException.ThrowIfNull(result);
        if (keep > 0 && result.Solutions.Count < keep)
        {
            return result;
        }
        // The same list objects come back from the sort, so reference equality picks them out.
        var kept = PopeyeMoveOrder.Solutions(Position.Parse(result.Fen), result.Solutions).Take(Math.Max(keep, 0)).ToHashSet();
        return new HelpmateResult
        {
            Fen = result.Fen,
            Stipulation = result.Stipulation,
            Solutions = result.Solutions.Where(kept.Contains).ToList(),
            Complete = result.Complete,
            Capped = true,
            Nodes = result.Nodes,
            Elapsed = result.Elapsed,
            Threads = result.Threads,
        };
    }
}
