namespace Tempo.Chess.Solving;

/// <summary>Whether the position to solve is already over.</summary>
public enum TerminalKind : byte
{
    /// <summary>The side to move has a legal move.</summary>
    None,

    /// <summary>The side to move is checkmated.</summary>
    Checkmate,

    /// <summary>The side to move is stalemated.</summary>
    Stalemate,
}
