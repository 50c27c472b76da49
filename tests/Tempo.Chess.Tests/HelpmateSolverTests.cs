using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;

namespace Tempo.Chess.Tests;

public sealed class HelpmateSolverTests
{
    // Published h#2 problems small enough for the mailbox board's brute force (R-Peleg/daily-helpmate, see tests/data/README.md).
    public static TheoryData<string> SmallHelpmates =>
    [
        "8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1",
        "r7/8/8/k1K5/p7/8/1P6/8 b - - 0 1",
        "8/8/8/3R4/4K3/8/6k1/8 b - - 0 1",
        "8/2P5/8/8/8/5K2/8/6k1 b - - 0 1",
        "8/8/8/8/5K2/Q7/2b2p2/7k b - - 0 1",
        "k7/2PP4/8/8/8/8/1p1p2R1/7K b - - 0 1",
    ];

    [Theory]
    [MemberData(nameof(SmallHelpmates))]
    public void Solve_SmallHelpmate_ListsExactlyWhatBruteForceFinds(string fen)
    {
        var result = HelpmateSolver.Solve(Position.Parse(fen), Stipulation.Parse("h#2"));

        Assert.True(result.Complete);
        var expected = new HelpmateVerifier().AllSolutions(fen, 4);
        Assert.NotEmpty(expected);
        Assert.Equal(expected, Lines(result));
    }

    [Fact]
    public void Solve_HalfMoveHelpmate_WhiteBeginsAndEveryLineIsVerified()
    {
        // h#1.5: White, Black, White; the FEN's side to move is overridden by the stipulation.
        const string fen = "8/8/8/8/5K2/Q7/2b2p2/7k b - - 0 1";
        var result = HelpmateSolver.Solve(Position.Parse(fen), Stipulation.Parse("h#1.5"));

        Assert.Equal(Color.White, Position.Parse(result.Fen).SideToMove);
        var expected = new HelpmateVerifier().AllSolutions(result.Fen, 3);
        Assert.Equal(expected, Lines(result));
        Assert.All(result.Solutions, s => Assert.Empty(HelpmateVerifier.CheckSolution(result.Fen, s.Select(m => m.ToUci()).ToList(), 3)));
    }

    [Theory]
    [InlineData("6R1/7q/8/5k2/5B2/8/5Kbb/8 b - - 0 1", "h#3", 1)]
    [InlineData("1RrB2b1/8/4n3/2n3p1/2K2b2/1p1rk3/6BR/8 b - - 0 1", "h#2", 2)]
    [InlineData("r3k3/3N4/2N5/8/1K6/8/7p/8 b q - 0 1", "h#3", 1)]
    public void Solve_PublishedHelpmate_FindsTheStatedNumberOfVerifiedSolutions(string fen, string stipulation, int count)
    {
        var stip = Stipulation.Parse(stipulation);
        var one = HelpmateSolver.Solve(Position.Parse(fen), stip);
        var two = HelpmateSolver.Solve(Position.Parse(fen), stip, new HelpmateOptions { Threads = 2 });

        Assert.Equal(count, one.Solutions.Count);
        Assert.Equal(Lines(one), Lines(two));
        Assert.All(one.Solutions, s => Assert.Empty(HelpmateVerifier.CheckSolution(fen, s.Select(m => m.ToUci()).ToList(), stip.HalfMoves)));
    }

    [Fact]
    public void Solve_MaxSolutions_KeepsTheFirstInCanonicalOrderAndSaysCapped()
    {
        const string fen = "8/8/8/8/5K2/Q7/2b2p2/7k b - - 0 1";
        var all = HelpmateSolver.Solve(Position.Parse(fen), Stipulation.Parse("h#2"));
        var capped = HelpmateSolver.Solve(Position.Parse(fen), Stipulation.Parse("h#2"), new HelpmateOptions { MaxSolutions = 2, Threads = 2 });

        Assert.False(all.Capped);
        Assert.True(capped.Capped);
        Assert.Equal(Lines(all).Take(2), Lines(capped));
        Assert.Equal(Lines(all).Order(StringComparer.Ordinal), Lines(all));
    }

    [Fact]
    public void Formats_CarryTheStipulationAndHelpmateNumbering()
    {
        var result = HelpmateSolver.Solve(Position.Parse("r7/8/8/k1K5/p7/8/1P6/8 b - - 0 1"), Stipulation.Parse("h#2"));

        Assert.Contains("\"stipulation\":\"h#2\"", result.ToJson());
        Assert.StartsWith("1.", result.FormatTable());
        Assert.DoesNotContain("1...", result.FormatTable());
        Assert.Contains("h#2: 1 solution (complete;", result.FormatTable());
    }

    [Theory]
    [InlineData("#3", StipulationKind.Direct, 3, false)]
    [InlineData("h#2", StipulationKind.Help, 2, false)]
    [InlineData("H#2.5", StipulationKind.Help, 2, true)]
    [InlineData(" s#4 ", StipulationKind.Self, 4, false)]
    public void Stipulation_ParseAndToString_RoundTrip(string text, StipulationKind kind, int moves, bool half)
    {
        var stipulation = Stipulation.Parse(text);

        Assert.Equal(new Stipulation(kind, moves, half), stipulation);
        Assert.Equal(stipulation, Stipulation.Parse(stipulation.ToString()));
    }

    [Theory]
    [InlineData("")]
    [InlineData("h#")]
    [InlineData("s#2.5")]
    [InlineData("h=2")]
    [InlineData("#0")]
    [InlineData("ser-h#3")]
    public void Stipulation_Parse_RefusesWhatItCannotSolve(string text)
    {
        Assert.False(Stipulation.TryParse(text, out _, out var error));
        Assert.Contains("stipulation", error);
    }

    private static List<string> Lines(HelpmateResult result) =>
        result.Solutions.Select(s => string.Join(' ', s.Select(m => m.ToUci()))).ToList();
}
