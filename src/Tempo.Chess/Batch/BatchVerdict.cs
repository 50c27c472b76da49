namespace Tempo.Chess.Batch;

/// <summary>How a batch position counts in the summary.</summary>
public enum BatchVerdict
{
    /// <summary>Solved and not disagreeing with the file.</summary>
    Passed,

    /// <summary>Solved, and the answer disagrees with the file: a real disagreement.</summary>
    Failed,

    /// <summary>The time limit ran out before the answer was proven.</summary>
    OutOfTime,

    /// <summary>Not solved on purpose (a Lichess puzzle without a <c>mateInN</c> theme).</summary>
    Skipped,

    /// <summary>The line could not be read.</summary>
    Unreadable,
}
