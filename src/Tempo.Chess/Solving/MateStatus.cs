namespace Tempo.Chess.Solving;

/// <summary>What a solve proved.</summary>
public enum MateStatus : byte
{
    /// <summary>The side to move forces mate; <see cref="MateResult.MateIn"/> is the proven shortest distance.</summary>
    Mate,

    /// <summary>Proven: the side to move cannot force mate within the move limit (or the position is already over).</summary>
    None,

    /// <summary>The time limit or a cancellation stopped the search first; see <see cref="MateResult.ProvenNoMateWithin"/>.</summary>
    Unknown,
}
