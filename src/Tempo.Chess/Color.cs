namespace Tempo.Chess;

/// <summary>The side a piece belongs to, or the side to move.</summary>
public enum Color : byte
{
    White = 0,
    Black = 1,
}
