namespace Tempo.Chess.Batch;

/// <summary>
/// One position of a batch file: where it came from, the position to solve (null when the line is unreadable,
/// then <see cref="Error"/> says why), and the expected mate distance for the side to move, if the file gives one.
/// </summary>
/// <param name="LineNumber">1-based line in the file.</param>
/// <param name="Id">The EPD <c>id</c> or the Lichess PuzzleId, if any.</param>
/// <param name="Position">The position to solve (for Lichess, after the opponent's first move).</param>
/// <param name="Expected">Expected mate in N for the side to move; negative means the side to move is mated.</param>
/// <param name="ExpectedAtLeast">True when the file only says "N or more" (Lichess mateIn5).</param>
/// <param name="Error">Why the line could not be read.</param>
public sealed record BatchEntry(int LineNumber, string? Id, Position? Position, int? Expected, bool ExpectedAtLeast, string? Error)
{
    /// <summary>
    /// A Lichess puzzle whose themes name no <c>mateInN</c>: a tactic the file does not call a mate, skipped unless
    /// <see cref="BatchOptions.ProveUnthemed"/>.
    /// </summary>
    public bool NoMateTheme { get; init; }

    /// <summary>The line's own stipulation (a stipulation file's first column, EPD <c>stip</c>, a Popeye twin), or null for the batch's.</summary>
    public Solving.Stipulation? Stipulation { get; init; }

    /// <summary>
    /// The line's own cap on a helpmate's solutions (a Popeye problem's <c>option maxsolutions</c>): the first this many
    /// in Popeye's order are kept, as <c>chess solve</c> and Popeye keep them; null for none.
    /// </summary>
    public int? MaxSolutions { get; init; }

    /// <summary>
    /// A Popeye twin's options that do not apply to it, each in Popeye's words with the reason
    /// (<see cref="Popeye.PopeyeIgnored.Notes"/>); empty for other lines.
    /// </summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>
    /// The answer the file gives for a helpmate, selfmate or directmate: <c>count=N</c> (solutions), <c>lines=uci … | uci …</c>
    /// (every solution) or <c>keys=uci …</c> (selfmate or directmate keys); null when none.
    /// </summary>
    public string? ExpectedAnswer { get; init; }
}
