using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>
/// The transposition table one batch worker proves into, position after position: allocated once and cleared
/// before each position, so that a file of easy mates does not allocate (and the runtime zero) a fresh table per
/// line. Clearing keeps every outcome the same as a solve with a table of its own. Not thread-safe: one per worker.
/// A single solve can use one too (<see cref="MateSolverOptions.Workspace"/>), as the web server does per running slot.
/// </summary>
public sealed class BatchWorkspace
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
