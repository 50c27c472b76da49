using Tempo.Chess;

namespace Tempo.Cli.Demo;

/// <summary>
/// The chapter's chess puzzle (Figure 1.2), shipped inside `tempo` as an EPD line. The book's diagram did not
/// survive, so this is the reconstruction verified in the project's reference data: White mates in 3 with the only key Bh8.
/// </summary>
public static class BookPuzzle
{
    /// <summary>The chapter's Table 1.1 line: Black's defences (and White's replies) as the book prints them.</summary>
    public static IReadOnlyList<string> ChapterLine { get; } = ["Nd4", "Be6"];

    public static EpdRecord Load()
    {
        using var stream = typeof(BookPuzzle).Assembly.GetManifestResourceStream("Tempo.Cli.Demo.book-puzzle.epd")
            ?? throw new InvalidOperationException("the book puzzle resource is missing from tempo");
        using var reader = new StreamReader(stream);
        return EpdRecord.Parse(reader.ReadLine() ?? throw new InvalidOperationException("the book puzzle resource is empty"));
    }
}
