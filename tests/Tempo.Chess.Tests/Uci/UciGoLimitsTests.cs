using Tempo.Chess.Uci;

namespace Tempo.Chess.Tests.Uci;

public sealed class UciGoLimitsTests
{
    [Fact]
    public void Parse_ReadsEveryLimit()
    {
        var limits = UciGoLimits.Parse("wtime 60000 btime 30000 winc 1000 binc 500 movestogo 20 depth 7 mate 4 movetime 900".Split(' '));
        Assert.Equal(60000, limits.WhiteTime);
        Assert.Equal(30000, limits.BlackTime);
        Assert.Equal(1000, limits.WhiteIncrement);
        Assert.Equal(500, limits.BlackIncrement);
        Assert.Equal(20, limits.MovesToGo);
        Assert.Equal(7, limits.Depth);
        Assert.Equal(4, limits.Mate);
        Assert.Equal(900, limits.MoveTime);
        Assert.False(limits.Infinite);
        Assert.Empty(limits.Ignored);
    }

    [Fact]
    public void Parse_SkipsUnknownTokensAndMissingNumbers()
    {
        var limits = UciGoLimits.Parse("searchmoves e2e4 d2d4 infinite depth x perft 3 nodes 5".Split(' '));
        Assert.True(limits.Infinite);
        Assert.Null(limits.Depth);
        Assert.Equal(3, limits.Perft);
        Assert.Equal(["searchmoves", "depth", "x", "nodes"], limits.Ignored);
    }

    [Theory]
    [InlineData("movetime 500", Color.White, 500)]
    [InlineData("wtime 30000 btime 1000", Color.White, 1000)]
    [InlineData("wtime 30000 btime 6000 binc 2000", Color.Black, 1200)]
    [InlineData("wtime 30000 movestogo 10 movetime 2000", Color.White, 2000)]
    [InlineData("wtime 30000 movestogo 1", Color.White, 29950)]
    public void Budget_SharesTheClockOfTheSideToMove(string go, Color side, double milliseconds)
    {
        Assert.Equal(TimeSpan.FromMilliseconds(milliseconds), UciGoLimits.Parse(go.Split(' ')).Budget(side));
    }

    [Fact]
    public void Budget_IsNoneWithoutTimeLimits()
    {
        Assert.Null(UciGoLimits.Parse(["mate", "3"]).Budget(Color.White));
    }
}
