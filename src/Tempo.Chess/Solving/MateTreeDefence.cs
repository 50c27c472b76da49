namespace Tempo.Chess.Solving;

/// <summary>A defence in the solution tree and the attacker's fastest answer (null only where the tree was truncated).</summary>
public sealed record MateTreeDefence(Move Move, MateTreeAttack? Reply);
