namespace Tempo.Web;

/// <summary>The chapter's chess puzzle (Figure 1.2) and its Table 1.1 defences, as `tempo demo` ships them (a test keeps the two equal).</summary>
public static class ChapterPuzzle
{
    /// <summary>White to play and mate in 3; the only key is Bh8.</summary>
    public const string Fen = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";

    /// <summary>The defences the book's table follows (<c>--line</c>).</summary>
    public const string Line = "Nd4 Be6";
}
