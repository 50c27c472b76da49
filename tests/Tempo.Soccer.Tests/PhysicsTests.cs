using CsCheck;

namespace Tempo.Soccer.Tests;

public sealed class PhysicsTests
{
    [Fact]
    public void TimeToCover_InvertsDistanceAfter_Property()
    {
        var physics = new PhysicsParameters();
        Gen.Double[0.1, 60].Sample(d =>
        {
            var t = physics.TimeToCover(d, physics.MaxSpeed);
            return Math.Abs(physics.DistanceAfter(t, physics.MaxSpeed) - d) < 1e-6;
        });
    }

    [Fact]
    public void PlayerSpeed_FollowsTheExponentialSprintModel()
    {
        var world = new World(LonePlay(), new Random(1));
        var runner = world.Find(new PlayerId(Side.Attack, 9))!;
        world.RunTo(runner, new Vec2(100, 60));
        world.AdvanceTo(1.0);
        var physics = world.Physics;
        var expected = physics.MaxSpeed * (1 - Math.Exp(-1.0 / physics.Tau));
        Assert.Equal(expected, runner.Speed, 2);
        // Fixed 20 ms steps move with the step's end speed: within vmax·dt/2 of the closed form.
        Assert.InRange(runner.Position.DistanceTo(new Vec2(10, 60)) - physics.DistanceAfter(1.0, physics.MaxSpeed), -0.1, 0.1);
    }

    [Fact]
    public void LooseBall_RollsVSquaredOverTwoA()
    {
        var world = new World(LonePlay(), new Random(1));
        var holder = world.Holder!;
        var start = world.BallPosition;
        world.Kick(holder, new Vec2(start.X + 50, start.Y), 8.0, null, shot: false);
        world.AdvanceTo(12);
        var expected = 8.0 * 8.0 / (2 * world.Physics.BallDeceleration);
        Assert.Equal(expected, world.BallPosition.DistanceTo(start), 0);
        Assert.Equal(0, world.BallVelocity.Length, 6);
    }

    [Fact]
    public void PassSpeed_StaysInTheTypicalRange()
    {
        var world = new World(LonePlay(), new Random(1));
        Assert.InRange(world.PassSpeedFor(5), world.Physics.MinPassSpeed, 12);
        Assert.Equal(world.Physics.MaxPassSpeed, world.PassSpeedFor(200));
        // A pass of the median length in tracking data (≈18 m) goes at about the median pass speed, 12 m/s.
        Assert.InRange(world.PassSpeedFor(18), 11.5, 12.5);
        var mid = world.PassSpeedFor(40);
        Assert.InRange(mid, 10, 19);
        Assert.True(double.IsFinite(world.BallTravelTime(40, mid)));
    }

    [Fact]
    public void Goal_IsLoggedWithThePositionsThatJustifyIt()
    {
        var world = new World(LonePlay(), new Random(1));
        var holder = world.Holder!;
        world.RunTo(holder, new Vec2(95, 34));
        world.AdvanceTo(20);
        Assert.False(world.Over);
        world.Kick(holder, new Vec2(105, 33), 27, null, shot: true);
        world.AdvanceTo(21);
        Assert.True(world.Outcome!.Goal);
        var goal = Assert.Single(world.Events, e => e.Type == PlayEventType.Goal);
        Assert.Equal("the whole ball crossed the goal line between the posts", goal.Data["rule"]);
        Assert.Equal(new PlayerId(Side.Attack, 7), world.Outcome.Scorer);
    }

    /// <summary>An attacker with the ball, a teammate without, and a goalkeeper far away.</summary>
    internal static Play LonePlay() => new()
    {
        Name = "lone",
        BallHolder = 7,
        Horizon = 60,
        Players =
        [
            new PlayerSpec { Id = new PlayerId(Side.Attack, 7), Role = Role.Forward, Start = new Vec2(10, 30) },
            new PlayerSpec { Id = new PlayerId(Side.Attack, 9), Role = Role.Forward, Start = new Vec2(10, 60) },
            new PlayerSpec { Id = new PlayerId(Side.Defence, 1), Role = Role.Goalkeeper, Start = new Vec2(104, 2) },
        ],
    };
}
