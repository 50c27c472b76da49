namespace Tempo.Chess.Popeye;

/// <summary>
/// One twin's solution in Popeye's layout, and whether it stopped at option MaxSolutions (Popeye then ends the problem
/// with <see cref="PopeyeFormat.Partial"/> instead of "solution finished.") or at the time limit (option MaxTime, or
/// a cancellation: <see cref="PopeyeFormat.Interrupted"/>).
/// </summary>
/// <param name="Text">The lines, ending with the empty line Popeye prints after a twin's solution.</param>
/// <param name="Partial">True when the solutions were cut at option MaxSolutions.</param>
/// <param name="Interrupted">True when the time ran out (or the solve was cancelled) before the solution was complete.</param>
public sealed record PopeyeBlock(string Text, bool Partial, bool Interrupted = false);
