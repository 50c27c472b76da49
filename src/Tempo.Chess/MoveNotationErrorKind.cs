namespace Tempo.Chess;

/// <summary>Why a move in SAN or UCI notation was rejected.</summary>
public enum MoveNotationErrorKind
{
    /// <summary>The text is not a move in the notation at all.</summary>
    Invalid,

    /// <summary>The text is well formed but no legal move matches it.</summary>
    Illegal,

    /// <summary>The text matches more than one legal move.</summary>
    Ambiguous,
}
