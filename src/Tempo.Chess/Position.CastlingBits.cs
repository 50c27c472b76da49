namespace Tempo.Chess;

public sealed partial class Position
{
    /// <summary>The castling rights as bits (<see cref="WhiteKingside"/> … <see cref="BlackQueenside"/>), 0 when none is left.</summary>
    internal int CastlingBits => Current.Castling;
}
