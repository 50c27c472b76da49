namespace Tempo.Soccer.Tests;

public sealed class SweepTests
{
    [Fact]
    public void Sweep_SameOutputForAnyThreadCount()
    {
        var play = BookPlay.Load();
        var one = PlaySweep.Run(play, 60, 1, 7, BookPlay.Scripts);
        var two = PlaySweep.Run(play, 60, 2, 7, BookPlay.Scripts);
        var four = PlaySweep.Run(play, 60, 4, 7, BookPlay.Scripts);
        Assert.Equal(one.Format(), two.Format());
        Assert.Equal(one.Format(), four.Format());
    }

    [Fact]
    public void Sweep_Book_ScoresSometimesNotAlways()
    {
        var result = PlaySweep.Run(BookPlay.Load(), 300, 2, 1, BookPlay.Scripts);
        Assert.InRange(result.Goals, 1, result.Runs - 1);
        Assert.True(result.Low <= result.Rate && result.Rate <= result.High);
        Assert.NotEmpty(result.Failures);
        Assert.Equal(result.Runs - result.Goals, result.Failures.Sum(f => f.Count));
        Assert.Contains("most common failure", result.Format(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0, 10, 0.0, 0.2775)]
    [InlineData(50, 100, 0.4038, 0.5962)]
    [InlineData(10, 10, 0.7225, 1.0)]
    public void Wilson_MatchesTheClosedForm(int successes, int trials, double low, double high)
    {
        var (l, h) = SweepResult.Wilson(successes, trials);
        Assert.Equal(low, l, 3);
        Assert.Equal(high, h, 3);
    }

    [Fact]
    public void Vary_IsDeterministicAndBounded()
    {
        var play = BookPlay.Load();
        var a = PlaySweep.Vary(play, 42);
        var b = PlaySweep.Vary(play, 42);
        Assert.Equal(a.Players.Select(p => p.ReactionTime), b.Players.Select(p => p.ReactionTime));
        Assert.All(a.Players, p => Assert.InRange(p.ReactionTime!.Value, 0.15, 0.8));
        Assert.NotEqual(a.Players.Select(p => p.MaxSpeed), PlaySweep.Vary(play, 43).Players.Select(p => p.MaxSpeed));
    }
}
