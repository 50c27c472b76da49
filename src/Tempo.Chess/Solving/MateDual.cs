namespace Tempo.Chess.Solving;

/// <summary>A dual: after the moves in <see cref="After"/> (SAN, from the start), every move in <see cref="Moves"/> mates equally fast.</summary>
public sealed record MateDual(IReadOnlyList<string> After, IReadOnlyList<string> Moves);
