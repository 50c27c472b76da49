namespace Tempo.Soccer.Tests;

/// <summary>Set pieces by the Laws (issue #17): each restart from its place, opponents kept away until the ball is in play.</summary>
public sealed class SetPieceTests
{
    private const string FreeKick = """
        name: free kick
        seed: 1
        horizon: 8
        restart: free_kick
        attack:
          ball: 10
          players:
            - number: 10
              role: midfielder
              at: [75, 30]
              actions:
                - wait: {seconds: 1.5}
                - pass: 9
            - number: 9
              role: forward
              at: [88, 40]
              actions:
                - receive
                - shoot: goal
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [103, 34]}
            - {number: 4, role: defender, at: [79, 31], behaviour: press}
            - {number: 5, role: defender, at: [77, 34], behaviour: press}
            - {number: 6, role: defender, at: [92, 40], behaviour: mark, mark: 9}
        """;

    [Fact]
    public void ACornerTakenAtTheFlagAtOnce_PlaysTheBallIntoTheField()
    {
        var play = PlayFile.Load(TestData.Path("plays", "corner.yaml"));
        Assert.Equal(Restart.CornerKick, play.Restart);
        foreach (var seed in Enumerable.Range(1, 40))
        {
            var result = PlaySimulator.Run(PlaySweep.Vary(play, seed), new RunOptions { Seed = seed });
            var pass = result.Events.First(e => e.Type == PlayEventType.Pass);
            Assert.Equal(0, pass.Time, 6);
            var from = pass.Location!.Value;
            Assert.True(Pitch.Contains(from) && from.DistanceTo(new Vec2(105, 68)) <= Pitch.CornerArcRadius, $"seed {seed}: corner taken from {from}");
            Assert.DoesNotContain(result.Events, e => e.Type == PlayEventType.Out && e.Time < 1.0);
        }
    }

    [Theory]
    [InlineData(Restart.CornerKick, 105, 68)]
    [InlineData(Restart.CornerKick, 104.5, 0.5)]
    [InlineData(Restart.GoalKick, 5.5, 44)]
    [InlineData(Restart.FreeKick, 75, 30)]
    [InlineData(Restart.ThrowIn, 40, 68)]
    public void EachRestart_PlacesTheBallWhereItsLawSays(Restart restart, double x, double y)
    {
        var ball = SetPieces.BallSpot(restart, new Vec2(x, y));
        Assert.True(Pitch.Contains(ball), $"{ball} is off the field");
        switch (restart)
        {
            case Restart.CornerKick:
                Assert.True(ball.DistanceTo(SetPieces.Corner(new Vec2(x, y))) <= Pitch.CornerArcRadius);
                Assert.True(ball.X < Pitch.Length && ball.Y > 0 && ball.Y < Pitch.Width, $"{ball} lies on a line");
                break;
            case Restart.GoalKick:
                Assert.True(ball.X <= Pitch.GoalAreaDepth && Math.Abs(ball.Y - Pitch.CentreY) <= Pitch.GoalAreaWidth / 2);
                break;
            case Restart.FreeKick:
                Assert.True(ball.DistanceTo(new Vec2(x, y)) < 0.5);
                break;
            default:
                Assert.Equal(Pitch.Width, ball.Y);
                break;
        }
    }

    [Fact]
    public void AtAFreeKick_OpponentsKeep915MetresUntilTheBallIsInPlay()
    {
        var play = PlayFile.Parse(FreeKick, "free-kick.yaml");
        Assert.Equal(2, play.Warnings.Count(w => w.Message.Contains("too near the free kick", StringComparison.Ordinal)));
        var result = PlaySimulator.Run(play);
        var kick = result.Events.First(e => e.Type == PlayEventType.Pass);
        Assert.Equal(1.5, kick.Time, 1);
        var ball = kick.Location!.Value;
        var before = result.Frames.Where(f => f.Time < kick.Time - 1e-9).ToList();
        Assert.NotEmpty(before);
        var nearest = double.MaxValue;
        foreach (var frame in before)
        {
            for (var i = 0; i < result.Players.Count; i++)
            {
                if (result.Players[i].Id.Side == Side.Defence)
                {
                    nearest = Math.Min(nearest, frame.Players[i].DistanceTo(ball));
                }
            }
            Assert.True(frame.Ball.DistanceTo(ball) < 1e-9, $"the ball moved before the kick, at {frame.Time}");
        }
        Assert.InRange(nearest, SetPieces.RestartDistance - 0.05, SetPieces.RestartDistance + 0.5);
    }

    [Fact]
    public void AtAGoalKick_OpponentsStayOutsideThePenaltyAreaUntilTheBallIsInPlay()
    {
        var text = FreeKick.Replace("restart: free_kick", "restart: goal_kick", StringComparison.Ordinal)
            .Replace("at: [75, 30]", "at: [4, 30]", StringComparison.Ordinal)
            .Replace("at: [79, 31]", "at: [12, 30]", StringComparison.Ordinal)
            .Replace("at: [77, 34]", "at: [20, 34]", StringComparison.Ordinal);
        var result = PlaySimulator.Run(PlayFile.Parse(text, "goal-kick.yaml"));
        var kick = result.Events.First(e => e.Type == PlayEventType.Pass);
        var inArea = 0;
        foreach (var frame in result.Frames.Where(f => f.Time < kick.Time - 1e-9))
        {
            for (var i = 0; i < result.Players.Count; i++)
            {
                inArea += result.Players[i].Id.Side == Side.Defence && Pitch.InOwnPenaltyArea(frame.Players[i]) ? 1 : 0;
            }
        }
        Assert.Equal(0, inArea);
        Assert.True(Pitch.InOwnPenaltyArea(result.Frames[^1].Players[result.IndexOf(new PlayerId(Side.Defence, 4))])
            || result.Frames.Any(f => f.Time > kick.Time && result.Players.Select((p, i) => (p, i)).Any(x => x.p.Id.Side == Side.Defence && Pitch.InOwnPenaltyArea(f.Players[x.i]))),
            "once the ball is in play the pressing defenders may enter the area");
    }

    [Fact]
    public void OffsideAppliesFromAFreeKick_ButNotFromACorner()
    {
        ReadOnlySpan<Vec2> defenders = [new Vec2(90, 30), new Vec2(102, 34)];
        ReadOnlySpan<int> numbers = [4, 1];
        Assert.True(Laws.JudgeOffside(new Vec2(95, 34), new Vec2(75, 30), defenders, numbers, Restart.FreeKick).Offside);
        Assert.False(Laws.JudgeOffside(new Vec2(95, 34), new Vec2(75, 30), defenders, numbers, Restart.CornerKick).Offside);
    }
}
