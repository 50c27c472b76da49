using System.Runtime.CompilerServices;

namespace Tempo.Chess;

/// <summary>Eight bitboards: [0] white, [1] black, [2..7] pawns..kings of both colours (index = piece type + 1).</summary>
[InlineArray(8)]
internal struct BitboardSet
{
    private ulong _element;
}

/// <summary>One byte per square: 0 empty, otherwise piece type | color &lt;&lt; 3.</summary>
[InlineArray(64)]
internal struct Mailbox
{
    private byte _element;
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
