using Tempo.Chess.Popeye;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

/// <summary>Popeye's option MaxSolutions on a helpmate's list: the solutions Popeye prints, not Tempo's first K.</summary>
public sealed class PopeyeSolutionCapTests
{
    // White Kc6 Rh1, Black Ka8 Pa7 Pb3: Popeye prints the h#1s 1.b3-b2 Rh1-h8 # and 1.Ka8-b8 Rh1-h8 # first, then the
    // h#2s from 1.b3-b2 Rh1-d1 2.b2-b1=S Rd1-d8 # (its pieces from a1 to h8: b3 before a7); Tempo's order begins with 1.a5.
    private static readonly Position Start = Position.Parse("k7/p7/2K5/8/8/1p6/8/7R b - - 0 1");
    private static readonly Stipulation HelpmateIn2 = new(StipulationKind.Help, 2);

    private static string Uci(IReadOnlyList<Move> line) => string.Join(' ', line.Select(m => m.ToUci()));

    [Fact]
    public void Helpmate_CountsTheShorterSolutionsPopeyePrintsFirst_AndKeepsItsNextOnes()
    {
        var capped = PopeyeSolutionCap.Helpmate(Start, HelpmateIn2, new HelpmateOptions { MaxSolutions = 3 });
        Assert.Equal(["b3b2 h1d1 b2b1n d1d8"], capped.Solutions.Select(Uci));
        Assert.True(capped.Capped && capped.Complete);
        var canonical = HelpmateSolver.Solve(Start, HelpmateIn2, new HelpmateOptions { MaxSolutions = 1 });
        Assert.StartsWith("a7a5", Uci(canonical.Solutions[0]), StringComparison.Ordinal);
    }

    [Fact]
    public void Helpmate_WhenTheShorterSolutionsReachTheCap_KeepsNone_AndIsCapped()
    {
        var capped = PopeyeSolutionCap.Helpmate(Start, HelpmateIn2, new HelpmateOptions { MaxSolutions = 2 });
        Assert.Empty(capped.Solutions);
        Assert.True(capped.Capped);
    }

    [Fact]
    public void Helpmate_WithoutACap_OrBelowIt_IsTheFullList()
    {
        var full = HelpmateSolver.Solve(Start, HelpmateIn2);
        var uncapped = PopeyeSolutionCap.Helpmate(Start, HelpmateIn2, new HelpmateOptions());
        Assert.Equal(full.Solutions.Select(Uci), uncapped.Solutions.Select(Uci));
        var above = PopeyeSolutionCap.Helpmate(Start, HelpmateIn2, new HelpmateOptions { MaxSolutions = full.Solutions.Count + 3 });
        Assert.False(above.Capped);
        Assert.Equal(full.Solutions.Count, above.Solutions.Count);
        // Exactly as many as the cap (two short ones and the rest): Popeye stops at the last and calls it partial.
        var exact = PopeyeSolutionCap.Helpmate(Start, HelpmateIn2, new HelpmateOptions { MaxSolutions = full.Solutions.Count + 2 });
        Assert.True(exact.Capped);
        Assert.Equal(full.Solutions.Count, exact.Solutions.Count);
    }
}
