using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>One solved (or unreadable) batch position: the solve, whether it agrees with the file, and whether it passed.</summary>
/// <param name="Entry">The position as read.</param>
/// <param name="Result">The solve, or null for an unreadable line or a "side to move is mated" entry (see <see cref="Mated"/>).</param>
/// <param name="Agrees">Whether the proven distance matches the file's (null when the file gives none or the line is unreadable).</param>
/// <param name="Passed">Solved and not disagreeing with the file.</param>
public sealed record BatchOutcome(BatchEntry Entry, MateResult? Result, bool? Agrees, bool Passed)
{
    /// <summary>Why the line could not be read, or null.</summary>
    public string? Error { get; init; }

    /// <summary>For a negative expected distance: the check that every move of the side to move allows mate, or null.</summary>
    public MatedProof? Mated { get; init; }

    /// <summary>Why the position was not solved (a Lichess puzzle without a <c>mateInN</c> theme), or null.</summary>
    public string? Skipped { get; init; }

    /// <summary>For a helpmate: every solution found, or null.</summary>
    public HelpmateResult? Helpmate { get; init; }

    /// <summary>The time limit (or a cancellation) stopped the solve before the answer was proven.</summary>
    public bool OutOfTime => Result?.Status == MateStatus.Unknown || Mated?.Status == MatedStatus.Unknown || Helpmate is { Complete: false };

    /// <summary>How the position counts: "failed" only for a real disagreement, not for a skip or a time-out.</summary>
    public BatchVerdict Verdict => this switch
    {
        { Error: not null } => BatchVerdict.Unreadable,
        { Skipped: not null } => BatchVerdict.Skipped,
        { OutOfTime: true } => BatchVerdict.OutOfTime,
        { Passed: true } => BatchVerdict.Passed,
        _ => BatchVerdict.Failed,
    };

    /// <summary>
    /// One JSON object on one line: <c>lineNumber, id, expected, expectedAtLeast, agrees, shortSolution</c> then the solve's
    /// fields (tree null); for a mated entry its own fields; for an unreadable line <c>lineNumber, id, expected, error</c>;
    /// for a skipped one <c>lineNumber, id, expected, skipped</c>.
    /// </summary>
    public string ToJson() => BatchJsonFormatter.Write(this);
}
