namespace Tempo.Chess.Popeye;

/// <summary>
/// One twin's solution in Popeye's layout, and whether it stopped at option MaxSolutions (Popeye then ends the problem
/// with <see cref="PopeyeFormat.Partial"/> instead of "solution finished.").
/// </summary>
/// <param name="Text">The lines, ending with the empty line Popeye prints after a twin's solution.</param>
/// <param name="Partial">True when the solutions were cut at option MaxSolutions.</param>
public sealed record PopeyeBlock(string Text, bool Partial);
