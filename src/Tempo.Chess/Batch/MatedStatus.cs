namespace Tempo.Chess.Batch;

/// <summary>The outcome of a <see cref="MatedProof"/>.</summary>
public enum MatedStatus
{
    /// <summary>Every move of the side to move allows a mate (or it is already checkmated).</summary>
    Mated,

    /// <summary>Some move escapes every mate within the distance (or the side to move is stalemated).</summary>
    None,

    /// <summary>The time ran out before every move was answered.</summary>
    Unknown,
}
