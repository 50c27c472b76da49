namespace Tempo.Chess.Solving;

/// <summary>What <see cref="HelpmateLastMoveBound.AfterWhiteMove"/> knows of the position after a White move.</summary>
internal enum LastMoveVerdict
{
    /// <summary>No Black move and White mate can follow.</summary>
    Impossible,

    /// <summary>The bound does not cut: a mate may follow.</summary>
    Possible,

    /// <summary>Not drawn without the move (castling rights, en passant): make it and ask <see cref="HelpmateLastMoveBound.MatePossible"/>.</summary>
    Unknown,
}
