namespace Tempo.Chess.Popeye;

/// <summary>
/// Popeye's English keywords, table by table as Popeye 4.104 looks them up, and its abbreviations: a word names a
/// keyword when it is the keyword or the start of exactly one keyword of the table it is looked up in, however short
/// (<c>b</c> for beginproblem, <c>pi</c> for pieces, <c>op</c> for option; <c>s</c> names nothing: sstipulation or
/// stipulation).
/// </summary>
internal static class PopeyeKeywords
{
    /// <summary>The commands of a problem's diagram, looked up first.</summary>
    private static readonly string[] DiagramCommands =
    [
        "remark", "sstipulation", "author", "origin", "pieces", "condition", "option", "stipulation", "protocol", "title",
        "latex", "latexpieces", "award", "initialgamearray", "forsyth",
    ];

    private static readonly string[] ProblemEnds = ["endproblem", "nextproblem"];

    private static readonly string[] TwinStarts = ["twin", "zeroposition"];

    /// <summary>Popeye's options, the ones Tempo refuses by name included, in Popeye's order.</summary>
    public static readonly string[] Options =
    [
        "defence", "setplay", "whitetoplay", "variations", "movenumbers", "startmovenumber", "nowk", "duplex", "nobk",
        "threat", "nothreat", "try", "maxsolutions", "maxflightsquares", "search", "multisolutions", "nosymmetry",
        "nontrivial", "keepmatingpiece", "enpassant", "noboard", "noshortvariations", "halfduplex", "postkeyplay",
        "intelligent", "maxtime", "nocastling", "quodlibet", "stoponshortsolutions", "beep", "suppressgrid", "writegrid",
        "castlingmutuallyexclusive", "goalisend", "unpublishedoption", "nullmoves", "uptomovenumber", "trivialtriesavoid",
        "matesin1",
    ];

    /// <summary>Popeye's twinnings (and forsyth, read only to refuse it after <c>twin</c>).</summary>
    public static readonly string[] TwinChanges =
    [
        "move", "exchange", "stipulation", "sstipulation", "add", "remove", "continued", "rotate", "condition",
        "polishtype", "mirror", "shift", "substitute", "forsyth",
    ];

    /// <summary>The colours of <c>pieces</c>.</summary>
    public static readonly string[] Colours = ["white", "black", "neutral"];

    /// <summary>
    /// The command <paramref name="word"/> names, looked up as Popeye does: among the diagram's commands, then
    /// endproblem/nextproblem, then twin/zeroposition; null if none (or several of the diagram's commands).
    /// </summary>
    public static string? Command(string word) =>
        Match(word, DiagramCommands) ?? Match(word, ProblemEnds) ?? Match(word, TwinStarts);

    /// <summary>The keyword of <paramref name="list"/> that <paramref name="word"/> names, or null (none, or more than one).</summary>
    public static string? Match(string word, string[] list)
    {
        if (word.Length == 0)
        {
            return null;
        }
        if (list.Contains(word))
        {
            return word;
        }
        string? found = null;
        foreach (var keyword in list)
        {
            if (keyword.StartsWith(word, StringComparison.Ordinal))
            {
                if (found is not null)
                {
                    return null;
                }
                found = keyword;
            }
        }
        return found;
    }
}
