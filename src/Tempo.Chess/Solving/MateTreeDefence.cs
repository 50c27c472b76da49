namespace Tempo.Chess.Solving;

/// <summary>
/// A defence in the solution tree and the attacker's fastest answer (null where the tree was truncated, or where
/// <paramref name="Mates"/>: in a selfmate, the defence mates the attacker and the variation ends).
/// </summary>
public sealed record MateTreeDefence(Move Move, MateTreeAttack? Reply, bool Mates = false);
