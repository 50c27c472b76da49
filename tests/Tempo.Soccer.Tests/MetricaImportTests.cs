using Tempo.Soccer.Tracking;

namespace Tempo.Soccer.Tests;

/// <summary>A goal's move read from Metrica's event data (issue #17), made into a play, simulated and measured at the points the events place the ball.</summary>
public sealed class MetricaImportTests
{
    private static readonly string First200 = TestData.Path("tracking", "metrica-Sample_Game_1_RawEventsData-first200.csv");
    private static readonly string Goals23 = TestData.Path("tracking", "metrica-Sample_Game_1-goals-2-3.csv");

    [Fact]
    public void TheFirstGoal_IsACornerPlayedShortThenCrossedAndHeadedIn()
    {
        var events = MetricaEventsReader.Load(First200);
        var move = MetricaMove.Find(events, 1, First200);
        Assert.Equal(Restart.CornerKick, move.Restart);
        Assert.Equal(["Player6", "Player10"], move.Passes.Select(e => e.From));
        Assert.Equal("Player9", move.Shot.From);
        Assert.Equal("Player25", move.Keeper);
        var (crossing, seconds) = move.GoalLineCrossing();
        Assert.Equal(Pitch.Length, crossing.X, 6);
        Assert.InRange(crossing.Y, Pitch.LowerPostY, Pitch.UpperPostY);
        // The corner at 85.72 s; the header leaves at 91.56 s and ends past the line at 92.36 s.
        Assert.InRange(seconds, 91.56 - 85.72, 92.36 - 85.72);

        var import = MetricaImporter.Import(events, 1, First200, "goal1");
        var play = PlayFile.Parse(import.Yaml, "goal1.yaml");
        Assert.Equal(Restart.CornerKick, play.Restart);
        Assert.Equal(6, play.BallHolder);
        var ten = play.Find(new PlayerId(Side.Attack, 10))!;
        Assert.Equal(["receive", "dribble", "pass"], ten.Actions.Select(Kind));
        Assert.Equal(PassHeight.Low, Assert.IsType<PassAction>(ten.Actions[2]).Height);
        Assert.Equal(["receive", "shoot"], play.Find(new PlayerId(Side.Attack, 9))!.Actions.Select(Kind));
        Assert.Equal(Role.Goalkeeper, play.Players.Single(p => p.Id.Side == Side.Defence && p.Id.Number == 25).Role);
        // The stand-in holds on the goal line in the far corner from the move (the corner was taken at y = 0.7).
        var standIn = play.Players.Single(p => p.Id.Side == Side.Defence && p.Id.Number == 2);
        Assert.Equal(new Vec2(104.9, 67.5), standIn.Start);
        Assert.Equal(DefenderBehaviour.Hold, standIn.Behaviour);
        Assert.Equal(3, import.Report.Count(l => l.Contains(" s  #", StringComparison.Ordinal)));
    }

    [Fact]
    public void ASecondHalfGoal_IsTurnedToAttackTowardsX105()
    {
        var events = MetricaEventsReader.Load(Goals23);
        var move = MetricaMove.Find(events, 1, Goals23);
        Assert.Equal(2, move.Shot.Period);
        Assert.Equal(["Player5", "Player10", "Player5"], move.Passes.Select(e => e.From));
        // In the file Home attacks towards x = 0 in the second half: the shot starts at x = 0.08 of the length, 8.4 m out.
        Assert.Equal(Pitch.Length - (0.08 * Pitch.Length), move.Shot.Start!.Value.X, 6);
        Assert.Equal(Restart.OpenPlay, move.Restart);
        var play = PlayFile.Parse(MetricaImporter.Import(events, 1, Goals23, "goal2").Yaml, "goal2.yaml");
        Assert.Equal(5, play.BallHolder);
        // #5 passes, runs 5.6 m to where he takes the return pass, holds it 0.44 s (3598.68 to 3599.12 s) and passes again.
        Assert.Equal(["pass", "run", "receive", "wait", "pass"], play.Find(new PlayerId(Side.Attack, 5))!.Actions.Select(Kind));
        // The rebound goal: a recovery and a shot from the goalmouth, no pass before it.
        Assert.Empty(MetricaMove.Find(events, 2, Goals23).Passes);
    }

    [Fact]
    public void Compare_MeasuresTheBallAtTheEventPoints_TheGoalTime_AndTheOrder()
    {
        var events = MetricaEventsReader.Load(First200);
        var import = MetricaImporter.Import(events, 1, First200, "goal1");
        var result = PlaySimulator.Run(PlayFile.Parse(import.Yaml, "goal1.yaml"));
        var c = MetricaComparison.Measure(result, import.Move);
        Assert.Equal(6, c.Points);
        Assert.Equal(["pass #6→#10", "pass #10→#9", "shot #9", "goal"], c.RealEvents);
        Assert.Equal(import.Move.GoalLineCrossing().Seconds, c.RealGoal, 9);
        Assert.True(double.IsFinite(c.Ball.Median) && c.Ball.P90 >= c.Ball.Median);
        // The corner kick is placed where the event puts it, inside the corner arc (Law 17 moves it in by at most its radius).
        Assert.InRange(result.FrameAt(0).Ball.DistanceTo(import.Move.Passes[0].Start!.Value), 0, Pitch.CornerArcRadius);
        Assert.Contains("same events in the same order", c.Format(), StringComparison.Ordinal);
    }

    [Fact]
    public void AGoalTheFileDoesNotHave_IsNamedWithHowManyItHas()
    {
        var events = MetricaEventsReader.Load(First200);
        var e = Assert.Throws<TrackingFileException>(() => MetricaMove.Find(events, 2, First200));
        Assert.Contains("there is no goal 2: the file has 1 goal", e.Message, StringComparison.Ordinal);
    }

    private static string Kind(PlayAction a) => a switch
    {
        ReceiveAction => "receive",
        DribbleAction => "dribble",
        PassAction => "pass",
        ShootAction => "shoot",
        WaitAction => "wait",
        RunAction => "run",
        _ => a.GetType().Name,
    };
}
