using System.Runtime.CompilerServices;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>Motion: the intentions lines set (run targets), how players move, and what the physics predicts.</summary>
internal sealed partial class World
{
    /// <summary>The player's line of control asks him to run to a point (physics moves him; v(t) = vmax·(1 − e^(−t/τ))).</summary>
    public void RunTo(PlayerState player, Vec2 target, double effort = 1.0, bool through = false)
    {
        player.Target = Clamp(target);
        player.Effort = effort;
        player.RunThrough = through;
    }

    public void Stop(PlayerState player) => player.Target = null;

    /// <summary>Speed that lets a pass over <paramref name="distance"/> metres arrive at the planned arrival speed, clamped to the physics' pass range.</summary>
    public double PassSpeedFor(double distance) =>
        Math.Clamp(Math.Sqrt((Physics.PassArrivalSpeed * Physics.PassArrivalSpeed) + (2 * Physics.BallDeceleration * distance)), Physics.MinPassSpeed, Physics.MaxPassSpeed);

    /// <summary>Seconds a ball kicked at <paramref name="speed"/> needs to roll <paramref name="distance"/> metres (infinity if it stops short).</summary>
    public double BallTravelTime(double distance, double speed)
    {
        var a = Physics.BallDeceleration;
        var disc = (speed * speed) - (2 * a * distance);
        return disc < 0 ? double.PositiveInfinity : (speed - Math.Sqrt(disc)) / a;
    }

    /// <summary>True if the player, starting from rest after <paramref name="reaction"/> seconds, gets within control distance of the point within <paramref name="seconds"/>.</summary>
    public bool CanReach(PlayerState player, Vec2 point, double seconds, double reaction) =>
        seconds > reaction && Physics.DistanceAfter(seconds - reaction, player.MaxSpeed) >= player.Position.DistanceTo(point) - Physics.ControlRadius;

    /// <summary>
    /// True if the player, running on from his current speed (its part along the way to the point) on the sprint curve
    /// dv/dt = (vmax − v)/τ, gets within control distance of the point within <paramref name="seconds"/>: a receiver
    /// already at full tilt meets a pass further on than one who starts from rest.
    /// </summary>
    public bool CanReachRunning(PlayerState player, Vec2 point, double seconds)
    {
        var offset = point - player.Position;
        var length = offset.Length;
        if (length <= Physics.ControlRadius)
        {
            return true;
        }
        var along = Math.Max(0, player.Speed * player.Heading.Dot(offset * (1 / length)));
        var k = Physics.Tau * (1 - Math.Exp(-seconds / Physics.Tau));
        return (player.MaxSpeed * seconds) - ((player.MaxSpeed - along) * k) >= length - Physics.ControlRadius;
    }

    /// <summary>Seconds a player needs to reach a point from where he stands, after reacting (a conservative from-rest estimate).</summary>
    public double TimeToReach(PlayerState player, Vec2 point, double reaction) =>
        reaction + Physics.TimeToCover(Math.Max(0, player.Position.DistanceTo(point) - Physics.ControlRadius), player.MaxSpeed);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MovePlayer(PlayerState p, double dt)
    {
        if (p.Target is not { } target)
        {
            if (p.Speed == 0)
            {
                return;
            }
            p.Speed = Math.Max(0, p.Speed - (BrakingDeceleration * dt));
            p.Position = Clamp(p.Position + (p.Heading * (p.Speed * dt)));
            return;
        }
        var offset = target - p.Position;
        var distance = offset.Length;
        if (distance < 0.05)
        {
            p.Target = null;
            p.Speed = 0;
            return;
        }
        p.Heading = offset * (1 / distance);
        var top = p.MaxSpeed * p.Effort * (Holder == p ? Physics.DribbleSpeedFactor : 1.0);
        var desired = p.RunThrough ? top : Math.Min(top, Math.Sqrt(2 * BrakingDeceleration * distance));
        // Exact step of dv/dt = (vmax − v)/τ, whose solution from rest is v(t) = vmax·(1 − e^(−t/τ)).
        p.Speed = desired > p.Speed
            ? desired - ((desired - p.Speed) * _speedDecay)
            : Math.Max(desired, p.Speed - (BrakingDeceleration * dt));
        var step = Math.Min(p.Speed * dt, distance);
        p.Position += p.Heading * step;
        if (distance - step < 0.05)
        {
            p.Position = target;
            p.Target = null;
        }
    }

    private static Vec2 Clamp(Vec2 p) => new(Math.Clamp(p.X, 0, Pitch.Length), Math.Clamp(p.Y, 0, Pitch.Width));
}
