namespace Tempo.Chess.Solving;

/// <summary>
/// An attacker move in the solution tree: it mates in <see cref="MateIn"/> moves (counting itself)
/// against every defence listed in <see cref="Defences"/> (all legal replies, in UCI order).
/// </summary>
/// <param name="Move">The move.</param>
/// <param name="MateIn">Attacker moves to mate, this one included (1 = this move mates).</param>
/// <param name="Threat">After a quiet move: the attacker moves that would mate fastest if the defender could pass (moves of the position after <see cref="Position.MakeNullMove"/>); null after a check or when there is no threat.</param>
/// <param name="Duals">Other attacker moves that mate just as fast at this point (only for MateIn of 2 or more).</param>
/// <param name="Defences">Every legal defence, each with the attacker's fastest answer.</param>
/// <param name="Truncated">True when the tree size limit cut this node's defences.</param>
public sealed record MateTreeAttack(
    Move Move,
    int MateIn,
    IReadOnlyList<Move>? Threat,
    IReadOnlyList<Move> Duals,
    IReadOnlyList<MateTreeDefence> Defences,
    bool Truncated);
