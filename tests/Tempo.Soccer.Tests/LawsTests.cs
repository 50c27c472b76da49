using CsCheck;

namespace Tempo.Soccer.Tests;

public sealed class LawsTests
{
    private static readonly Vec2[] Defence = [new(102, 34), new(80, 20), new(78, 40)];
    private static readonly int[] Numbers = [1, 4, 5];

    [Fact]
    public void Offside_BeyondBallAndSecondLastOpponent_IsOffside()
    {
        var call = Laws.JudgeOffside(new Vec2(82, 30), new Vec2(60, 30), Defence, Numbers, Restart.OpenPlay);
        Assert.True(call.Offside);
        Assert.Equal(80, call.SecondLastOpponentX);
        Assert.Equal(4, call.SecondLastOpponentNumber);
    }

    [Fact]
    public void Offside_LevelWithSecondLastOpponent_IsOnside()
    {
        var call = Laws.JudgeOffside(new Vec2(80, 30), new Vec2(60, 30), Defence, Numbers, Restart.OpenPlay);
        Assert.False(call.Offside);
        Assert.Contains("second-last", call.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Offside_InOwnHalf_IsOnside()
    {
        var defence = new Vec2[] { new(102, 34), new(40, 20) };
        var call = Laws.JudgeOffside(new Vec2(52.5, 30), new Vec2(30, 30), defence, [1, 4], Restart.OpenPlay);
        Assert.False(call.Offside);
        Assert.Equal("in his own half", call.Reason);
    }

    [Fact]
    public void Offside_BehindTheBall_IsOnside()
    {
        var call = Laws.JudgeOffside(new Vec2(90, 30), new Vec2(91, 30), Defence, Numbers, Restart.OpenPlay);
        Assert.False(call.Offside);
    }

    [Theory]
    [InlineData(Restart.ThrowIn)]
    [InlineData(Restart.GoalKick)]
    [InlineData(Restart.CornerKick)]
    public void Offside_FromSomeRestarts_IsNoOffence(Restart restart)
    {
        var call = Laws.JudgeOffside(new Vec2(95, 30), new Vec2(60, 30), Defence, Numbers, restart);
        Assert.False(call.Offside);
        Assert.Contains("no offside offence", call.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Offside_NeverWhenNotAheadOfTheBall_Property()
    {
        Gen.Select(Gen.Double[52.5, 105], Gen.Double[0, 105], Gen.Double[0, 105], Gen.Double[0, 105])
            .Sample((x, ballX, d1, d2) =>
            {
                var call = Laws.JudgeOffside(new Vec2(x, 30), new Vec2(ballX, 30), [new Vec2(d1, 10), new Vec2(d2, 50)], [2, 3], Restart.OpenPlay);
                return !call.Offside || (x > ballX && x > Math.Min(d1, d2) && x > Pitch.HalfwayX);
            });
    }

    [Fact]
    public void Goal_RequiresTheWholeBallOverTheLineBetweenThePosts()
    {
        const double r = 0.11;
        Assert.Null(Laws.GoalCrossing(new Vec2(104.8, 34), new Vec2(105.05, 34), r));
        Assert.NotNull(Laws.GoalCrossing(new Vec2(104.8, 34), new Vec2(105.2, 34), r));
        Assert.Null(Laws.GoalCrossing(new Vec2(104.8, 38), new Vec2(105.2, 38), r));
        Assert.Null(Laws.GoalCrossing(new Vec2(104.8, 30), new Vec2(105.2, 30), r));
        // The whole ball between the posts: a centre inside the mouth whose edge reaches the post is not a goal.
        var upper = Pitch.UpperPostY;
        Assert.Null(Laws.GoalCrossing(new Vec2(104.8, upper - (r / 2)), new Vec2(105.2, upper - (r / 2)), r));
        Assert.NotNull(Laws.GoalCrossing(new Vec2(104.8, upper - (r * 1.5)), new Vec2(105.2, upper - (r * 1.5)), r));
        Assert.Null(Laws.GoalCrossing(new Vec2(104.8, Pitch.LowerPostY + (r / 2)), new Vec2(105.2, Pitch.LowerPostY + (r / 2)), r));
    }

    [Fact]
    public void OutOfPlay_NeedsTheWholeBallOver()
    {
        Assert.False(Laws.IsOutOfPlay(new Vec2(50, 68.05), 0.11));
        Assert.True(Laws.IsOutOfPlay(new Vec2(50, 68.2), 0.11));
        Assert.True(Laws.IsOutOfPlay(new Vec2(-0.2, 10), 0.11));
    }

    [Theory]
    [InlineData(50, -1, Side.Attack, Restart.ThrowIn)]
    [InlineData(106, 10, Side.Attack, Restart.GoalKick)]
    [InlineData(106, 10, Side.Defence, Restart.CornerKick)]
    [InlineData(-1, 10, Side.Attack, Restart.CornerKick)]
    public void RestartAfterOut_FollowsLaws15To17(double x, double y, Side lastTouch, Restart expected) =>
        Assert.Equal(expected, Laws.RestartAfterOut(new Vec2(x, y), lastTouch));
}
