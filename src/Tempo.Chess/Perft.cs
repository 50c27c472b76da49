using System.Runtime.CompilerServices;

namespace Tempo.Chess;

/// <summary>Counts the leaf nodes of the legal move tree (perft), the standard move-generator test.</summary>
[SkipLocalsInit]
public static class Perft
{
    /// <summary>Number of legal move paths <paramref name="depth"/> plies deep; the position is restored afterwards.</summary>
    public static long Count(Position position, int depth)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        return depth == 0 ? 1 : CountRecursive(position, depth);
    }

    /// <summary>
    /// Like <see cref="Count(Position, int)"/>, but checks <paramref name="cancellationToken"/> between subtrees of
    /// three or more plies and throws <see cref="OperationCanceledException"/> when it is cancelled (the position is restored).
    /// </summary>
    public static long Count(Position position, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentOutOfRangeException.ThrowIfNegative(depth);
        cancellationToken.ThrowIfCancellationRequested();
        if (depth < 3)
        {
            return Count(position, depth);
        }
        var ply = position.Ply;
        try
        {
            return CountCancellable(position, depth, cancellationToken);
        }
        catch (OperationCanceledException)
        {
            while (position.Ply > ply)
            {
                position.UnmakeMove();
            }
            throw;
        }
    }

    private static long CountCancellable(Position position, int depth, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        if (depth < 3)
        {
            return CountRecursive(position, depth);
        }
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        long nodes = 0;
        for (var i = 0; i < count; i++)
        {
            position.MakeMove(moves[i]);
            nodes += CountCancellable(position, depth - 1, cancellationToken);
            position.UnmakeMove();
        }
        return nodes;
    }

    /// <summary>Each legal root move (sorted by UCI text) with the perft count below it, as Stockfish's "go perft" prints.</summary>
    public static IReadOnlyList<(Move Move, long Nodes)> Divide(Position position, int depth) =>
        Divide(position, depth, CancellationToken.None);

    /// <summary>Like <see cref="Divide(Position, int)"/>, cancellable as <see cref="Count(Position, int, CancellationToken)"/>.</summary>
    public static IReadOnlyList<(Move Move, long Nodes)> Divide(Position position, int depth, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(position);
        ArgumentOutOfRangeException.ThrowIfLessThan(depth, 1);
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(moves);
        var result = new List<(Move Move, long Nodes)>(count);
        for (var i = 0; i < count; i++)
        {
            position.MakeMove(moves[i]);
            try
            {
                result.Add((moves[i], depth == 1 ? 1 : Count(position, depth - 1, cancellationToken)));
            }
            finally
            {
                position.UnmakeMove();
            }
        }
        result.Sort((a, b) => string.CompareOrdinal(a.Move.ToUci(), b.Move.ToUci()));
        return result;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static long CountRecursive(Position position, int depth) => position.CountLeaves(depth);
}
