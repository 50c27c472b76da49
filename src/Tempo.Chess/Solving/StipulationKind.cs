namespace Tempo.Chess.Solving;

/// <summary>The orthodox genres a <see cref="Stipulation"/> names.</summary>
public enum StipulationKind : byte
{
    /// <summary><c>#N</c>: the side to move forces mate against every defence.</summary>
    Direct,

    /// <summary><c>h#N</c>, <c>h#N.5</c>: both sides cooperate so that White mates Black.</summary>
    Help,

    /// <summary><c>s#N</c>: the side to move forces the other side to give mate against every defence.</summary>
    Self,
}
