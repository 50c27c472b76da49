using System.Diagnostics.CodeAnalysis;
using System.Runtime.CompilerServices;

namespace Tempo.Chess;

/// <summary>Eight bitboards: [0] white, [1] black, [2..7] pawns..kings of both colours (index = piece type + 1).</summary>
[InlineArray(8)]
internal struct BitboardSet
{
    private ulong _element;

    /// <summary>Unchecked element access: every index in the engine is a colour (0-1) or a piece type + 1 (2-7).</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [UnscopedRef]
    public ref ulong At(int index) => ref Unsafe.Add(ref _element, index);
}

/// <summary>One byte per square: 0 empty, otherwise piece type | color &lt;&lt; 3.</summary>
[InlineArray(64)]
internal struct Mailbox
{
    private byte _element;

    /// <summary>Unchecked element access; callers pass square indices 0-63.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    [UnscopedRef]
    public ref byte At(int index) => ref Unsafe.Add(ref _element, index);
}

/// <summary>Everything about a position; MakeMove copies it to the next stack slot, so unmaking is a pop.</summary>
internal struct BoardState
{
    public const int NoSquare = 64;

    public BitboardSet Bb;
    public Mailbox Board;
    public ulong Hash;
    public ulong Checkers;
    public int EnPassant;
    public int Castling;
    public int HalfMoveClock;
    public int FullMoveNumber;
    public int Side;
}
