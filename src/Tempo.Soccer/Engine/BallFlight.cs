using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>
/// The ball's physics: in the air, gravity and quadratic drag (a = −g·ẑ − k·|v|·v with k = ρ·Cd·A / 2m); on landing, a
/// bounce (<see cref="PhysicsParameters.BounceRestitution"/> of the vertical speed, <see cref="PhysicsParameters.BounceSpeedRetention"/>
/// of the horizontal); once a bounce is under <see cref="RollingBounceSpeed"/>, rolling at constant deceleration as before.
/// Every constant and its source is in <see cref="PhysicsParameters"/>.
/// </summary>
internal static class BallFlight
{
    /// <summary>A rebound slower than this (m/s, a hop of about 5 cm) is taken as the ball settling to roll.</summary>
    public const double RollingBounceSpeed = 1.0;

    /// <summary>Elevation of a low (driven) ball, degrees.</summary>
    public const double LowElevationDegrees = 12;

    /// <summary>Elevation of a high (lofted) ball, degrees.</summary>
    public const double HighElevationDegrees = 35;

    /// <summary>The drag factor k (1/m) in a = −k·|v|·v: ρ·Cd·πr² / 2m.</summary>
    public static double DragFactor(PhysicsParameters p) => p.AirDensity * p.DragCoefficient * Math.PI * p.BallRadius * p.BallRadius / (2 * p.BallMass);

    /// <summary>The ball <paramref name="dt"/> seconds on: in flight (midpoint rule), bouncing, or rolling.</summary>
    public static BallState Step(BallState s, double dt, PhysicsParameters p, double k)
    {
        if (!s.Airborne)
        {
            return Roll(s, dt, p);
        }
        var free = Free(s, dt, p, k);
        if (free.Height > 0)
        {
            return free;
        }
        // It lands within this step: find when (the height is nearly linear over one step), bounce, and go on for the rest.
        var f = s.Height / (s.Height - free.Height);
        var landing = s.Position + ((free.Position - s.Position) * f);
        var landingVz = s.VerticalSpeed + ((free.VerticalSpeed - s.VerticalSpeed) * f);
        var landingV = s.Velocity + ((free.Velocity - s.Velocity) * f);
        var up = -landingVz * p.BounceRestitution;
        var bounced = up < RollingBounceSpeed
            ? new BallState(landing, 0, landingV * p.BounceSpeedRetention, 0)
            : new BallState(landing, 0, landingV * p.BounceSpeedRetention, up);
        var rest = (1 - f) * dt;
        return rest > 1e-12 ? Step(bounced, rest, p, k) : bounced;
    }

    /// <summary>Rolling at constant deceleration until it stops (the model's ground ball, unchanged).</summary>
    public static BallState Roll(BallState s, double dt, PhysicsParameters p)
    {
        var speed = s.Velocity.Length;
        if (speed <= 0)
        {
            return s;
        }
        var next = Math.Max(0, speed - (p.BallDeceleration * dt));
        var direction = s.Velocity.Normalized();
        return new BallState(s.Position + (direction * ((speed + next) / 2 * dt)), 0, direction * next, 0);
    }

    /// <summary>The launch of a ball kicked from the ground towards <paramref name="direction"/> at a speed and an elevation.</summary>
    public static BallState Launch(Vec2 from, double height, Vec2 direction, double speed, double elevationDegrees)
    {
        var a = elevationDegrees * Math.PI / 180;
        return new BallState(from, height, direction.Normalized() * (speed * Math.Cos(a)), speed * Math.Sin(a));
    }

    /// <summary>Seconds until the ball first lands and how far (horizontally) it has gone by then; infinity if it never does within a minute.</summary>
    public static (double Seconds, double Distance) FirstLanding(BallState s, PhysicsParameters p, double k)
    {
        var start = s.Position;
        var dt = p.TimeStep;
        for (var t = 0.0; t < 60; t += dt)
        {
            var free = Free(s, dt, p, k);
            if (free.Height <= 0)
            {
                // Where within the step it landed: the same interpolation as Step.
                var f = s.Height / (s.Height - free.Height);
                return (t + (f * dt), start.DistanceTo(s.Position + ((free.Position - s.Position) * f)));
            }
            s = free;
        }
        return (double.PositiveInfinity, double.PositiveInfinity);
    }

    /// <summary>The height of the ball when it has gone <paramref name="distance"/> metres horizontally (before its first landing), or −1 if it lands short.</summary>
    public static double HeightAt(BallState s, double distance, PhysicsParameters p, double k)
    {
        var start = s.Position;
        var dt = p.TimeStep;
        for (var t = 0.0; t < 60 && s.Airborne; t += dt)
        {
            var free = Free(s, dt, p, k);
            var before = start.DistanceTo(s.Position);
            var after = start.DistanceTo(free.Position);
            if (after >= distance)
            {
                var f = (distance - before) / Math.Max(1e-12, after - before);
                var h = s.Height + ((free.Height - s.Height) * f);
                return h >= 0 ? h : -1;
            }
            if (free.Height <= 0)
            {
                return -1;
            }
            s = free;
        }
        return -1;
    }

    /// <summary>
    /// The speed off the foot at which a ball kicked at <paramref name="elevationDegrees"/> first lands <paramref name="distance"/>
    /// metres away (bisection; the carry grows with speed), at most <paramref name="maxSpeed"/>.
    /// </summary>
    public static double SpeedToLandAt(double distance, double elevationDegrees, double maxSpeed, PhysicsParameters p, double k)
    {
        double lo = 1, hi = maxSpeed;
        if (Carry(hi) < distance)
        {
            return hi;
        }
        for (var i = 0; i < 40; i++)
        {
            var mid = (lo + hi) / 2;
            if (Carry(mid) < distance)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;

        double Carry(double speed) => FirstLanding(Launch(default, 0, new Vec2(1, 0), speed, elevationDegrees), p, k).Distance;
    }

    /// <summary>
    /// The elevation (degrees, −30 to 40) at which a ball kicked at <paramref name="speed"/> from <paramref name="height"/> is
    /// <paramref name="targetHeight"/> high after <paramref name="distance"/> metres (bisection; the height there grows with the elevation).
    /// </summary>
    public static double ElevationToPass(double distance, double height, double targetHeight, double speed, PhysicsParameters p, double k)
    {
        double lo = -30, hi = 40;
        for (var i = 0; i < 40; i++)
        {
            var mid = (lo + hi) / 2;
            if (HeightAt(Launch(default, height, new Vec2(1, 0), speed, mid), distance, p, k) < targetHeight)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /// <summary>One step of free flight, ignoring the ground (what <see cref="Step"/> does before it looks for a landing).</summary>
    private static BallState Free(BallState s, double dt, PhysicsParameters p, double k)
    {
        var (ax, ay, az) = Acceleration(s.Velocity, s.VerticalSpeed, p.Gravity, k);
        var half = dt / 2;
        var mv = new Vec2(s.Velocity.X + (ax * half), s.Velocity.Y + (ay * half));
        var mvz = s.VerticalSpeed + (az * half);
        var (bx, by, bz) = Acceleration(mv, mvz, p.Gravity, k);
        return new BallState(s.Position + (mv * dt), s.Height + (mvz * dt), new Vec2(s.Velocity.X + (bx * dt), s.Velocity.Y + (by * dt)), s.VerticalSpeed + (bz * dt));
    }

    private static (double X, double Y, double Z) Acceleration(Vec2 v, double vz, double g, double k)
    {
        var speed = Math.Sqrt((v.X * v.X) + (v.Y * v.Y) + (vz * vz));
        return (-k * speed * v.X, -k * speed * v.Y, -g - (k * speed * vz));
    }
}
