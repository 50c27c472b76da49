namespace Tempo.Chess.Pgn;

/// <summary>
/// One game read from a PGN file: its tags, its main line (variations and comments are skipped) and the position
/// after the last main-line move, starting from the <c>[FEN]</c> tag when there is one, else from the standard start.
/// </summary>
/// <param name="Number">1 for the file's first game.</param>
/// <param name="LineNumber">The line where the game starts.</param>
/// <param name="Tags">Tag pairs in file order (a repeated name keeps its first value).</param>
/// <param name="Moves">The main line in SAN, as replayed (check marks and annotations normalised by the rules engine).</param>
/// <param name="FinalPosition">The position after the main line, or null when <paramref name="Error"/> is set.</param>
/// <param name="Error">Why the game could not be read ("line N: …"), or null.</param>
public sealed record PgnGame(
    int Number,
    int LineNumber,
    IReadOnlyDictionary<string, string> Tags,
    IReadOnlyList<string> Moves,
    Position? FinalPosition,
    string? Error)
{
    /// <summary>The value of tag <paramref name="name"/>, or null.</summary>
    public string? Tag(string name) => Tags.TryGetValue(name, out var value) ? value : null;
}
