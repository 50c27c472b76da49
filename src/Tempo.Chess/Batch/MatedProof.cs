namespace Tempo.Chess.Batch;

/// <summary>
/// The check of "the side to move is mated in N": every move was answered by a solve with the opponent attacking.
/// </summary>
/// <param name="Position">The position of the entry.</param>
/// <param name="Status">Mated (every move allows mate), None (some move escapes) or Unknown (time ran out).</param>
/// <param name="Longest">The longest resistance in the opponent's moves to mate, when mated.</param>
/// <param name="Line">The longest defence and the mate after it; or the escaping (or unfinished) move alone.</param>
/// <param name="Nodes">Positions visited by all the solves.</param>
/// <param name="Elapsed">Wall-clock time of the check.</param>
public sealed record MatedProof(Position Position, MatedStatus Status, int Longest, IReadOnlyList<Move> Line, long Nodes, TimeSpan Elapsed);
