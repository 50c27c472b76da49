using Tempo.Soccer.Actions;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;
using Tempo.Soccer.Tracking;

namespace Tempo.Soccer.Tests;

/// <summary>
/// What the importer needs from the model to replay real timing (issue #17): a pass to a teammate at the point he takes
/// it and at a given speed, a dribble at an effort, runs through waypoints; and the fits that set them from the tracks.
/// </summary>
public sealed class ImportedTimingTests
{
    private const string Play = """
        name: timing
        seed: 1
        attack:
          ball: 2
          players:
            - number: 2
              role: midfielder
              at: [40, 10]
              actions:
                - pass: 10
                  at: [60, 14]
                  speed: 16.5
            - number: 10
              role: midfielder
              at: [60, 17]
              actions:
                - receive
                - run: [58, 21]
                  through: true
        defence:
          players:
            - {number: 1, role: goalkeeper, at: [102, 34]}
            - {number: 4, role: defender, at: [90, 50], behaviour: hold}
        """;

    [Fact]
    public void PassToATeammateAtAPoint_LeavesAtTheGivenSpeedTowardsThatPoint()
    {
        var play = PlayFile.Parse(Play, "timing.yaml");
        Assert.Equal(new PassAction(10, new Vec2(60, 14), 16.5), play.Find(new PlayerId(Side.Attack, 2))!.Actions[0]);
        var result = PlaySimulator.Run(play);
        var pass = result.Events.First(e => e.Type == PlayEventType.Pass);
        Assert.Equal(16.5, pass.Speed!.Value, 6);
        // The ball went along the line to the given point (the event ends where #10 took it, on that line).
        var aimed = (new Vec2(60, 14) - pass.Location!.Value).Normalized();
        var went = (pass.EndLocation!.Value - pass.Location!.Value).Normalized();
        Assert.True(aimed.DistanceTo(went) < 0.01, $"aimed {aimed}, went {went}");
        Assert.Equal(new PlayerId(Side.Attack, 10), pass.Recipient);
        Assert.Contains(result.Events, e => e.Type == PlayEventType.BallReceipt && e.Player == new PlayerId(Side.Attack, 10));
    }

    [Fact]
    public void NewActionKeys_RoundTripThroughThePlayFileWriter()
    {
        var play = PlayFile.Parse(Play.Replace("through: true\n", "through: true\n        - dribble: [70, 20]\n          effort: 0.6\n        - shoot: goal\n          speed: 30\n", StringComparison.Ordinal), "timing.yaml");
        var again = PlayFile.Parse(PlayFileWriter.Write(play), "written.yaml");
        var ten = again.Find(new PlayerId(Side.Attack, 10))!;
        Assert.Equal(new RunAction(new Vec2(58, 21), 1.0, Through: true), ten.Actions[1]);
        Assert.Equal(new DribbleAction(new Vec2(70, 20), null, 0.6), ten.Actions[2]);
        Assert.Equal(new ShootAction(Pitch.AttackedGoal, 30), ten.Actions[3]);
        Assert.Equal(4, ten.Actions.Count);
        Assert.Equal(play.Find(new PlayerId(Side.Attack, 2))!.Actions, again.Find(new PlayerId(Side.Attack, 2))!.Actions);
    }

    [Theory]
    [InlineData("        - pass: [60, 14]\n          at: [60, 14]", "'at' names where a teammate takes the pass")]
    [InlineData("        - pass: 10\n          speed: 90", "speed")]
    [InlineData("        - run: [50, 10]\n          through: maybe", "'maybe' is not true or false")]
    public void BadNewKeys_AreRefusedInOneLine(string action, string reason)
    {
        var text = Play.Replace("        - pass: 10\n          at: [60, 14]\n          speed: 16.5", action, StringComparison.Ordinal);
        Assert.NotEqual(Play, text);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(text, "bad.yaml"));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Fact]
    public void RunningThroughAWaypoint_GetsToTheNextPointSoonerThanStoppingOnIt()
    {
        double Arrival(bool through)
        {
            var text = $$"""
                name: waypoints
                seed: 1
                horizon: 10
                attack:
                  ball: 2
                  players:
                    - number: 2
                      role: midfielder
                      at: [40, 10]
                      actions:
                        - wait: {seconds: 8}
                    - number: 7
                      role: midfielder
                      at: [30, 40]
                      actions:
                        - run: [40, 40]
                          through: {{(through ? "true" : "false")}}
                        - run: [50, 40]
                defence:
                  players:
                    - {number: 1, role: goalkeeper, at: [102, 34]}
                """;
            var result = PlaySimulator.Run(PlayFile.Parse(text, "waypoints.yaml"));
            var seven = result.Players.ToList().FindIndex(p => p.Id == new PlayerId(Side.Attack, 7));
            return result.Frames.First(f => f.Players[seven].DistanceTo(new Vec2(50, 40)) < 0.1).Time;
        }
        Assert.True(Arrival(true) < Arrival(false) - 0.3, $"through {Arrival(true):0.00} s, stopping {Arrival(false):0.00} s");
    }

    [Fact]
    public void KickSpeed_MakesTheModelBallArriveWhenTheRealOneDid()
    {
        const double a = 5, d = 25.6, t = 2.5;
        var v = KickFit.KickSpeed(d, t, a);
        Assert.Equal(d, (v * t) - (a * t * t / 2), 6);
        // A ball that would stop short is given the speed that just gets it there.
        var slowest = KickFit.KickSpeed(10, 5, 5);
        Assert.InRange(slowest * slowest / (2 * 5), 10, 10.5);
    }

    [Fact]
    public void CarryEffort_IsSlowerForALongerTimeAndFullForATimeTooShort()
    {
        var physics = new PhysicsParameters();
        var slow = KickFit.CarryEffort(10, 4, physics);
        var quick = KickFit.CarryEffort(10, 2.6, physics);
        Assert.InRange(slow, 0.1, quick - 0.05);
        Assert.Equal(1, KickFit.CarryEffort(10, 1, physics));
    }

    [Fact]
    public void BallDeceleration_OnTheLiverpoolGoal_IsTheSlowingOfItsPassesInFlight()
    {
        var data = LastRowReader.Load(TestData.Path("tracking", "lastrow-LIV_2-1_CHE.csv"));
        var (events, _) = TrackInference.Infer(data);
        var a = KickFit.BallDeceleration(data, events)!.Value;
        // The long pass #10→#9 slows from about 18 to 5 m/s in 2.5 s; the short one faster still.
        Assert.InRange(a, 4.5, 7);
    }
}
