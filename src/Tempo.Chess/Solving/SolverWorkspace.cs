namespace Tempo.Chess.Solving;

/// <summary>
/// The transposition table one solver worker proves into, position after position (a batch worker, a web server's
/// running slot, a silo's shard): allocated once and cleared before each position, so that a file of easy mates
/// does not allocate (and the runtime zero) a fresh table per line. Clearing keeps every outcome the same as a solve with a table of its own. Not thread-safe: one per worker.
/// A single solve uses one through <see cref="MateSolverOptions.Workspace"/>.
/// </summary>
public sealed class SolverWorkspace
{
    private TranspositionTable? _table;
    private int _megabytes;

    /// <summary>An empty table of <paramref name="megabytes"/> MiB, the one kept from the last call when the size is the same.</summary>
    internal TranspositionTable EmptyTable(int megabytes)
    {
        if (_table is not null && megabytes == _megabytes)
        {
            _table.Clear();
            return _table;
        }
        // Let the old table go before the new one is allocated, so that the two are never held at once.
        _table = null;
        _table = new TranspositionTable(megabytes);
        _megabytes = megabytes;
        return _table;
    }
}
