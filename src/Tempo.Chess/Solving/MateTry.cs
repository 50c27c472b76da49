namespace Tempo.Chess.Solving;

/// <summary>A try: a first move that would mate in time against every defence but one, the refutation.</summary>
public sealed record MateTry(Move Move, Move Refutation);
