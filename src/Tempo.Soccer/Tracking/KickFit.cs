using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// What the tracks say about the ball once kicked and about a carry, in the model's terms: the ball's deceleration
/// on this pitch, the speed off the foot that makes a kick arrive when the real one did, and the effort of a dribble
/// that takes as long as the real one.
/// </summary>
public static class KickFit
{
    /// <summary>Fewest frames of free flight a pass needs to count in the deceleration fit (half a second at 20 fps).</summary>
    private const int FitFrames = 10;

    /// <summary>
    /// The ball's deceleration (m/s²) in the clip: one least-squares slope of the ball's speed against time over every
    /// pass with <see cref="FitFrames"/> frames or more of flight, each pass about its own mean (so a long pass weighs
    /// more than a short one; the first and last two frames of each left out: the kick and the touch), minus; 0.3–10.
    /// Null if no pass is long enough.
    /// </summary>
    public static double? BallDeceleration(TrackingData data, IEnumerable<TrackedEvent> events)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(events);
        var (sxy, sxx) = (0.0, 0.0);
        foreach (var e in events.Where(e => e.Kind == TrackedEventKind.Pass && e.EndFrame - e.Frame >= FitFrames))
        {
            var points = Enumerable.Range(e.Frame + 2, e.EndFrame - e.Frame - 4)
                .Select(f => (T: f / data.FrameRate, V: data.Ball[f].DistanceTo(data.Ball[f + 1]) * data.FrameRate))
                .ToList();
            var meanT = points.Average(p => p.T);
            var meanV = points.Average(p => p.V);
            sxy += points.Sum(p => (p.T - meanT) * (p.V - meanV));
            sxx += points.Sum(p => (p.T - meanT) * (p.T - meanT));
        }
        return sxx > 0 ? Math.Clamp(-sxy / sxx, 0.3, 10) : null;
    }

    /// <summary>
    /// The speed off the foot (m/s) at which a ball slowing at <paramref name="deceleration"/> covers
    /// <paramref name="distance"/> metres in <paramref name="seconds"/>: d = v·t − a·t²/2. When no speed takes that long
    /// (the ball would have stopped first: d/t &lt; a·t/2), the slowest that still gets there, √(2ad).
    /// </summary>
    public static double KickSpeed(double distance, double seconds, double deceleration)
    {
        var t = Math.Max(seconds, 0.05);
        var speed = distance / t < deceleration * t / 2 ? Math.Sqrt(2 * deceleration * distance) + 0.1 : (distance / t) + (deceleration * t / 2);
        return Math.Clamp(speed, 1, 45);
    }

    /// <summary>
    /// The effort (fraction of the dribbling top speed, 0.1–1) at which a player starting from rest carries the ball
    /// <paramref name="distance"/> metres in <paramref name="seconds"/> and stops there (bisection on the model's sprint
    /// curve, plus the braking at the end: v / 2b more seconds at the engine's braking b).
    /// </summary>
    public static double CarryEffort(double distance, double seconds, PhysicsParameters physics)
    {
        ArgumentNullException.ThrowIfNull(physics);
        var top = physics.MaxSpeed * physics.DribbleSpeedFactor;
        double Time(double effort) => physics.TimeToCover(distance, top * effort) + (top * effort / (2 * Engine.World.BrakingDeceleration));
        if (Time(1) >= seconds)
        {
            return 1;
        }
        var (lo, hi) = (0.1, 1.0);
        for (var i = 0; i < 30; i++)
        {
            var mid = (lo + hi) / 2;
            (lo, hi) = Time(mid) > seconds ? (mid, hi) : (lo, mid);
        }
        return Math.Round(hi, 2);
    }

    /// <summary>
    /// The effort (fraction of top speed, 0.1–1) at which a player already running at <paramref name="startSpeed"/>
    /// covers <paramref name="distance"/> metres in <paramref name="seconds"/> on the model's sprint curve,
    /// dv/dt = (v* − v)/τ: d = v*·t − (v* − v0)·τ·(1 − e^(−t/τ)), solved for v*. A player who speeds up over the second
    /// needs a higher target than his average speed, or he falls behind his real track.
    /// </summary>
    public static double RunEffort(double distance, double seconds, double startSpeed, PhysicsParameters physics)
    {
        ArgumentNullException.ThrowIfNull(physics);
        return SprintEffort(distance, seconds, startSpeed, physics.MaxSpeed, physics);
    }

    /// <summary>The effort of a carry that he plays on the move (no braking at its end), from his speed where it starts; as <see cref="RunEffort"/> at dribbling top speed.</summary>
    public static double CarryThroughEffort(double distance, double seconds, double startSpeed, PhysicsParameters physics)
    {
        ArgumentNullException.ThrowIfNull(physics);
        return SprintEffort(distance, seconds, startSpeed, physics.MaxSpeed * physics.DribbleSpeedFactor, physics);
    }

    private static double SprintEffort(double distance, double seconds, double startSpeed, double topSpeed, PhysicsParameters physics)
    {
        var t = Math.Max(seconds, 0.05);
        var k = physics.Tau * (1 - Math.Exp(-t / physics.Tau));
        // Slowing down is braking in the model, not this curve: then his average speed is the target.
        var target = Math.Max((distance - (startSpeed * k)) / (t - k), distance / t);
        return Math.Clamp(target / topSpeed, 0.1, 1);
    }
}
