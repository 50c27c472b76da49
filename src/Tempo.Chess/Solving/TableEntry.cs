namespace Tempo.Chess.Solving;

/// <summary>
/// What the transposition table knows about one position: the attacker mates within
/// <see cref="MateWithin"/> moves (0 = not proven) and cannot mate within
/// <see cref="NoMateWithin"/> moves (0 = not disproven); <see cref="Move"/> proved or refuted it.
/// </summary>
internal readonly record struct TableEntry(int MateWithin, int NoMateWithin, Move Move);
