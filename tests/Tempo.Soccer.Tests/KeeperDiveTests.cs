namespace Tempo.Soccer.Tests;

/// <summary>
/// The keeper's dive (issue #17): his reach grows after his reaction time from where he stood at the shot, so a shot
/// placed out of his reach in the time it takes beats him in every seed, while a shot at him is still saved.
/// </summary>
public sealed class KeeperDiveTests
{
    private static readonly PhysicsParameters Defaults = new();

    [Fact]
    public void DiveReach_IsHisBodyUntilHeReacts_ThenGrowsToFullStretch()
    {
        var p = Defaults;
        const double reaction = 0.3;
        Assert.Equal(p.BodyReach, World.DiveReach(0.1, reaction, 0.3, p));
        Assert.Equal(p.GoalkeeperStandReach, World.DiveReach(reaction, reaction, 0.3, p), 9);
        var previous = 0.0;
        for (var t = reaction; t < reaction + 1.5; t += 0.05)
        {
            var reach = World.DiveReach(t, reaction, 0.3, p);
            Assert.True(reach >= previous, $"the reach shrank at {t:0.00} s");
            previous = reach;
        }
        Assert.Equal(p.GoalkeeperReach, World.DiveReach(reaction + 1.5, reaction, 0.3, p), 9);
        // Full stretch comes about 0.7 s after he starts to move (the body-movement time the constants are set from).
        Assert.True(World.DiveReach(reaction + 0.6, reaction, 0.3, p) < p.GoalkeeperReach);
        Assert.Equal(p.GoalkeeperReach, World.DiveReach(reaction + 0.72, reaction, 0.3, p), 9);
        // Above the hip it narrows: a ball high in a corner is harder to reach than a low one.
        Assert.True(World.DiveReach(reaction + 0.4, reaction, 2.2, p) < World.DiveReach(reaction + 0.4, reaction, 0.3, p) - 0.3);
    }

    [Fact]
    public void AShotPlacedOutOfHisReachInTime_BeatsHimInEverySeed()
    {
        // 12 m out, struck at 27 m/s to 1.5 m beside the keeper's body: 0.44 s to the line, 0.14 s of dive after his
        // 0.3 s reaction, not enough to stretch 1.5 m. The old fixed reach (1.6 m at once) made this a coin flip.
        var goals = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            var world = ShooterWorld(seed, from: new Vec2(93, 35.5));
            world.Kick(world.Holder!, new Vec2(105, 35.5), 27, null, shot: true);
            world.AdvanceTo(world.Time + 2);
            Assert.DoesNotContain(world.Events, e => e.Type is PlayEventType.Save or PlayEventType.GoalKeeper);
            goals += world.Outcome?.Goal == true ? 1 : 0;
        }
        Assert.Equal(20, goals);
    }

    [Fact]
    public void AShotAtHim_IsSavedInMostSeeds_AndASlowOneToTheSameSpotIsReached()
    {
        var saves = 0;
        for (var seed = 1; seed <= 20; seed++)
        {
            var world = ShooterWorld(seed, from: new Vec2(93, 34.2));
            world.Kick(world.Holder!, new Vec2(105, 34.2), 27, null, shot: true);
            world.AdvanceTo(world.Time + 2);
            saves += world.Events.Any(e => e.Type == PlayEventType.Save) ? 1 : 0;
        }
        Assert.InRange(saves, 16, 20);
        // The shot 1.5 m beside him again, from 30 m out: he has time to dive to it, so he gets a hand to it.
        var far = ShooterWorld(1, from: new Vec2(75, 35.5));
        far.Kick(far.Holder!, new Vec2(105, 35.5), 27, null, shot: true);
        far.AdvanceTo(far.Time + 3);
        Assert.Contains(far.Events, e => e.Type is PlayEventType.Save or PlayEventType.GoalKeeper);
    }

    [Fact]
    public void DiveConstants_ArePhysicsKeys_ReadAndWrittenBack()
    {
        const string yaml = """
            name: dive keys
            physics: {goalkeeper_reach: 2.8, goalkeeper_stand_reach: 1.0, goalkeeper_dive_speed: 3.5, goalkeeper_push_off: 0.3}
            attack:
              ball: 9
              players:
                - {number: 9, role: forward, at: [90, 34], actions: [{shoot: [105, 34]}]}
            defence:
              players:
                - {number: 1, role: goalkeeper, at: [104, 34]}
            """;
        var play = PlayFile.Parse(yaml, "dive.yaml");
        Assert.Equal((2.8, 1.0, 3.5, 0.3), (play.Physics.GoalkeeperReach, play.Physics.GoalkeeperStandReach, play.Physics.GoalkeeperDiveSpeed, play.Physics.GoalkeeperPushOff));
        Assert.Equal(play.Physics, PlayFile.Parse(PlayFileWriter.Write(play), "again.yaml").Physics);
        var e = Assert.Throws<PlayFileException>(() => PlayFile.Parse(yaml.Replace("goalkeeper_dive_speed: 3.5", "goalkeeper_dive_speed: 0", StringComparison.Ordinal), "bad.yaml"));
        Assert.Contains("goalkeeper_dive_speed", e.Message, StringComparison.Ordinal);
    }

    /// <summary>A shooter on the ball and a keeper standing in the middle of his goal, 1 m off the line, with the run's seed.</summary>
    private static World ShooterWorld(int seed, Vec2 from)
    {
        var play = new Play
        {
            Name = "keeper",
            BallHolder = 7,
            Horizon = 60,
            Players =
            [
                new PlayerSpec { Id = new PlayerId(Side.Attack, 7), Role = Role.Forward, Start = from },
                new PlayerSpec { Id = new PlayerId(Side.Defence, 1), Role = Role.Goalkeeper, Start = new Vec2(104, 34) },
            ],
        };
        return new World(play, new Random(seed));
    }
}
