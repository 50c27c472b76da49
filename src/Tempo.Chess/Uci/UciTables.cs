using Tempo.Chess.Solving;

namespace Tempo.Chess.Uci;

/// <summary>
/// The engine's transposition tables, kept from one search to the next as engines keep their hash, so that
/// deepening steps and later searches reuse what is proven and no search waits on allocating a table.
/// </summary>
/// <remarks>
/// A table's bounds are "the attacker mates within M", so a position's entry means something else when the other
/// side attacks: there is one table per attacking side, each half of the <c>Hash</c> budget.
/// </remarks>
internal sealed class UciTables
{
    private readonly TranspositionTable?[] _tables = new TranspositionTable?[2];
    private int _megabytes;

    /// <summary>The table for searches where <paramref name="attacker"/> moves first, sized to the <c>Hash</c> setting.</summary>
    public TranspositionTable For(Color attacker, int hashMegabytes)
    {
        if (hashMegabytes != _megabytes)
        {
            Array.Clear(_tables);
            _megabytes = hashMegabytes;
        }
        return _tables[(int)attacker] ??= new TranspositionTable(Math.Max(1, hashMegabytes / 2));
    }

    /// <summary>Forgets every entry (a new game).</summary>
    public void Clear()
    {
        foreach (var table in _tables)
        {
            table?.Clear();
        }
    }
}
