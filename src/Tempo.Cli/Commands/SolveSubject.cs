using Tempo.Chess;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>
/// What `chess solve` was given: a position (FEN or startpos), or a Popeye problem file (a name ending in .inp, an
/// existing file, or - for standard input). The FEN is read at parse time, the file when the command runs.
/// </summary>
internal sealed record SolveSubject(string Text, Position? Position)
{
    /// <summary>True when the text names a Popeye file rather than a position.</summary>
    public bool IsFile => Position is null;

    /// <summary>Reads the argument: a file name is kept as it is, anything else must be a position.</summary>
    public static SolveSubject Read(string text) =>
        text == "-" || text.EndsWith(".inp", StringComparison.OrdinalIgnoreCase) || File.Exists(text)
            ? new SolveSubject(text, null)
            : new SolveSubject(text, SolveOptionText.ParsePosition(text));

    /// <summary>The subject as <c>--input</c> says to read it (null: as it looks).</summary>
    public SolveSubject As(string? input) => input switch
    {
        "popeye" when !IsFile => throw new InputException($"--input popeye: '{Text}': no such file"),
        "fen" when IsFile => new SolveSubject(Text, SolveOptionText.ParsePosition(Text)),
        _ => this,
    };
}
