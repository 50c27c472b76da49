namespace Tempo.Chess.Solving;

/// <summary>The canonical order used wherever the solver must choose among equals: UCI text, ordinal.</summary>
internal static class MoveOrder
{
    public static Move[] SortedLegalMoves(Position position)
    {
        Span<Move> buffer = stackalloc Move[Position.MaxMoves];
        int count = position.GenerateLegalMoves(buffer);
        var moves = buffer[..count].ToArray();
        Array.Sort(moves, static (a, b) => string.CompareOrdinal(a.ToUci(), b.ToUci()));
        return moves;
    }
}
