namespace Tempo.Chess;

/// <summary>The kind of a chess piece.</summary>
public enum PieceType : byte
{
    /// <summary>No piece (an empty square, or a move that does not promote).</summary>
    None = 0,

    /// <summary>A pawn.</summary>
    Pawn = 1,

    /// <summary>A knight.</summary>
    Knight = 2,

    /// <summary>A bishop.</summary>
    Bishop = 3,

    /// <summary>A rook.</summary>
    Rook = 4,

    /// <summary>A queen.</summary>
    Queen = 5,

    /// <summary>The king.</summary>
    King = 6,
}
