namespace Tempo.Chess.Solving;

/// <summary>A dual: after the moves in <see cref="After"/> (from the solved position), every move in <see cref="Moves"/> mates equally fast.</summary>
public sealed record MateDual(IReadOnlyList<Move> After, IReadOnlyList<Move> Moves);
