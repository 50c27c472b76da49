namespace Tempo.Chess.Popeye;

/// <summary>
/// Popeye's English keywords and its abbreviations: a word names a keyword when it is the keyword or, with at least
/// three letters, the start of exactly one keyword of the list it is looked up in.
/// </summary>
internal static class PopeyeKeywords
{
    public static readonly string[] Commands =
    [
        "beginproblem", "endproblem", "nextproblem", "remark", "author", "origin", "title", "award", "protocol",
        "condition", "option", "stipulation", "sstipulation", "forsyth", "pieces", "twin", "zeroposition", "layout",
    ];

    public static readonly string[] Options =
    [
        "try", "defence", "setplay", "variation", "nothreat", "maxsolutions", "maxtime", "whitetoplay", "movenumbers",
        "noboard", "enpassant", "nocastling", "intelligent", "noshortvariations",
        // Read only to refuse them by name:
        "nowk", "nobk", "duplex", "halfduplex", "postkeyplay", "nonboard", "nontrivial", "threat", "maxflightsquares",
        "nullmoves", "quodlibet", "keepmatingpiece", "lastcapture", "startmovenumber", "uptomovenumber",
        "stoponshortsolutions", "trivialtriesavoid", "castlingmutuallyexclusive", "beep", "goalisend", "matesin1",
    ];

    public static readonly string[] TwinChanges =
    [
        "move", "exchange", "remove", "add", "rotate", "mirror", "shift", "polishtype", "stipulation", "substitute",
        "continued", "condition", "sstipulation", "forsyth",
    ];

    public static readonly string[] Colours = ["white", "black", "neutral"];

    /// <summary>The keyword of <paramref name="list"/> that <paramref name="word"/> names, or null.</summary>
    public static string? Match(string word, string[] list)
    {
        if (list.Contains(word))
        {
            return word;
        }
        if (word.Length < 3)
        {
            return null;
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
