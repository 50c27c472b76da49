namespace Tempo.Chess.Solving;

/// <summary>One solved (or unreadable) batch position: its JSON line and whether it passed.</summary>
/// <param name="Entry">The position as read.</param>
/// <param name="Result">The solve, or null for an unreadable line.</param>
/// <param name="Agrees">Whether the proven distance matches the file's (null when the file gives none or the line is unreadable).</param>
/// <param name="Passed">Solved and not disagreeing with the file.</param>
/// <param name="Json">One JSON object: <c>lineNumber, id, expected, agrees</c> then the solve's fields (tree null), or <c>lineNumber, id, error</c>.</param>
public sealed record BatchOutcome(BatchEntry Entry, MateResult? Result, bool? Agrees, bool Passed, string Json);
