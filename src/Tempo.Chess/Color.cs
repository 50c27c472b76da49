namespace Tempo.Chess;

/// <summary>The side a piece belongs to, or the side to move.</summary>
public enum Color : byte
{
    /// <summary>White, who moves first from the start position.</summary>
    White = 0,

    /// <summary>Black.</summary>
    Black = 1,
}
