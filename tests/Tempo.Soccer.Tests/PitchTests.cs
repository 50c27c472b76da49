namespace Tempo.Soccer.Tests;

public sealed class PitchTests
{
    [Fact]
    public void Dimensions_FollowLaw1()
    {
        Assert.Equal(105.0, Pitch.Length);
        Assert.Equal(68.0, Pitch.Width);
        Assert.Equal(7.32, Pitch.GoalWidth);
        Assert.Equal(18.32, Pitch.GoalAreaWidth, 6);
        Assert.Equal(40.32, Pitch.PenaltyAreaWidth, 6);
        Assert.Equal(16.5, Pitch.PenaltyAreaDepth);
        Assert.Equal(9.15, Pitch.CentreCircleRadius);
        Assert.Equal(30.34, Pitch.LowerPostY, 6);
        Assert.Equal(37.66, Pitch.UpperPostY, 6);
    }

    [Theory]
    [InlineData(0, 0, true)]
    [InlineData(105, 68, true)]
    [InlineData(-0.1, 10, false)]
    [InlineData(50, 68.1, false)]
    public void Contains_IncludesTheLines(double x, double y, bool expected) => Assert.Equal(expected, Pitch.Contains(new Vec2(x, y)));

    [Theory]
    [InlineData(90, 34, true)]
    [InlineData(88.5, 13.84, true)]
    [InlineData(88.4, 34, false)]
    [InlineData(95, 13.7, false)]
    public void InAttackedPenaltyArea_UsesTheAreaLines(double x, double y, bool expected) =>
        Assert.Equal(expected, Pitch.InAttackedPenaltyArea(new Vec2(x, y)));
}
