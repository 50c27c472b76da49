namespace Tempo.Chess.Solving;

/// <summary>
/// Proves the shortest forced mate for the side to move: iterative deepening on the number of moves,
/// every root move searched at each depth (so all keys are found and cooks reported), then the main line,
/// the solution tree, the threat and the duals are read off the proof.
/// </summary>
public static class MateSolver
{
    /// <summary>Solves <paramref name="position"/> (which is not changed).</summary>
    /// <exception cref="ArgumentOutOfRangeException">A limit in <paramref name="options"/> is out of range.</exception>
    /// <exception cref="MateLineException">The <see cref="MateSolverOptions.Line"/> to follow is illegal or lets the mate slip.</exception>
    public static MateResult Solve(Position position, MateSolverOptions? options = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(position);
        options ??= new MateSolverOptions();
        if (options.MaxMoves is < 1 or > MateSolverOptions.MaxMovesLimit)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.MaxMoves, $"the move limit must be 1 to {MateSolverOptions.MaxMovesLimit}");
        }
        if (options.Threads < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(options), options.Threads, "at least one thread is needed");
        }
        var control = new SearchControl(options.TimeLimit, cancellationToken);
        var table = options.Table ?? options.Workspace?.EmptyTable(options.TableMegabytes) ?? new TranspositionTable(options.TableMegabytes);
        var root = new RootSearch(position, table, control, options.Threads, options.TraceName, options.Selfmate);
        using var reporter = options.Progress is { } progress
            ? new Timer(_ => progress.Report(root.Progress()), null, options.ProgressInterval, options.ProgressInterval)
            : null;
        return root.Run(options);
    }
}
