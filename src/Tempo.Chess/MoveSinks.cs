using System.Numerics;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

/// <summary>Which moves a <see cref="MoveListSink{TSelection}"/> asks for.</summary>
internal interface IMoveSelection
{
    /// <summary>True for only the moves that give check.</summary>
    static abstract bool ChecksOnly { get; }
}

/// <summary>Every legal move (<see cref="Position.GenerateLegalMoves"/>).</summary>
internal readonly struct AllMoves : IMoveSelection
{
    public static bool ChecksOnly => false;
}

/// <summary>Only the legal moves that give check (<see cref="Position.GenerateLegalChecks"/>).</summary>
internal readonly struct CheckingMoves : IMoveSelection
{
    public static bool ChecksOnly => true;
}

/// <summary>Lists the selected legal moves into a caller's span.</summary>
internal ref struct MoveListSink<TSelection>(Span<Move> moves) : IMoveSink
    where TSelection : struct, IMoveSelection
{
    private readonly Span<Move> _moves = moves;

    public int Count { get; private set; }

    public static bool ChecksOnly => TSelection.ChecksOnly;

    public readonly bool Done => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTargets(int from, ulong targets)
    {
        // Locals, so the JIT need not reload the span after each store (the stores could alias this struct).
        var moves = _moves;
        var n = Count;
        while (targets != 0)
        {
            moves[n++] = new Move(from, BitOperations.TrailingZeroCount(targets));
            targets &= targets - 1;
        }
        Count = n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPawnMoves(ulong targets, int delta)
    {
        var moves = _moves;
        var n = Count;
        while (targets != 0)
        {
            var to = BitOperations.TrailingZeroCount(targets);
            targets &= targets - 1;
            moves[n++] = new Move(to - delta, to);
        }
        Count = n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPromotions(int from, int to)
    {
        var moves = _moves;
        var n = Count;
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Queen);
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Rook);
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Bishop);
        moves[n++] = new Move(from, to, Move.KindPromotion, PieceType.Knight);
        Count = n;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Move move) => _moves[Count++] = move;
}

/// <summary>Counts the legal moves by popcount, listing none (<see cref="Position.CountLegalMoves"/>, perft's last ply).</summary>
internal struct MoveCountSink : IMoveSink
{
    public int Count { get; private set; }

    public static bool ChecksOnly => false;

    public readonly bool Done => false;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTargets(int from, ulong targets) => Count += BitOperations.PopCount(targets);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPawnMoves(ulong targets, int delta) => Count += BitOperations.PopCount(targets);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPromotions(int from, int to) => Count += 4;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Move move) => Count++;
}

/// <summary>Answers whether there is any legal move and stops the generator at the first (<see cref="Position.HasLegalMove"/>).</summary>
internal struct AnyMoveSink : IMoveSink
{
    public static bool ChecksOnly => false;

    public bool Done { readonly get; private set; }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddTargets(int from, ulong targets) => Done |= targets != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPawnMoves(ulong targets, int delta) => Done |= targets != 0;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void AddPromotions(int from, int to) => Done = true;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(Move move) => Done = true;
}
