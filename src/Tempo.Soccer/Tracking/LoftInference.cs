using System.Globalization;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>How high a tracked pass went, how sure that is, and what it rests on.</summary>
/// <param name="Height">Ground, low or high (the play file's words).</param>
/// <param name="Confidence">How sure, 0–1.</param>
/// <param name="Why">The evidence.</param>
public sealed record LoftVerdict(PassHeight Height, double Confidence, string Why);

/// <summary>
/// Tells a lofted pass from a ground pass by what the real ball did, best evidence first: the ball's height where the
/// file gives one; else a sudden drop in the ball's speed mid-way (a lofted ball loses little in the air, then about
/// 40 % at its bounce, <see cref="PhysicsParameters.BounceSpeedRetention"/>, while a rolling ball slows smoothly); else
/// the ball passing over a defender's position at speed without his touching it. Low or high follows from the launch
/// angle the height or the time in the air implies, against the model's two elevations (12° and 35°).
/// </summary>
public static class LoftInference
{
    /// <summary>Metres above which a tracked ball is off the ground (twice the ball's radius: the tracking's noise at rest).</summary>
    public const double AirborneHeight = 0.22;

    /// <summary>
    /// The launch angle (degrees) that parts low from high: the middle of <see cref="BallFlight.LowElevationDegrees"/>
    /// and <see cref="BallFlight.HighElevationDegrees"/>.
    /// </summary>
    public const double LowHighElevationDegrees = (BallFlight.LowElevationDegrees + BallFlight.HighElevationDegrees) / 2;

    /// <summary>
    /// A bounce: the speed over the 3 frames after a frame is under this fraction of the speed the 3 before would come to
    /// there if the ball went on slowing as it was. The model keeps 0.6 of it (<see cref="PhysicsParameters.BounceSpeedRetention"/>);
    /// 0.8 leaves room for the tracking's smoothing.
    /// </summary>
    public const double BounceSpeedRatio = 0.8;

    /// <summary>Frames averaged on either side of a possible bounce.</summary>
    private const int Window = 3;

    /// <summary>Frames left out after the kick and before the receipt (the foot and the touch change the speed there).</summary>
    private const int EdgeFrames = 2;

    /// <summary>Infers the height of a pass or shot (an event whose <see cref="TrackedEvent.Frame"/> is the kick and <see cref="TrackedEvent.EndFrame"/> the receipt or goal).</summary>
    public static LoftVerdict Infer(TrackingData data, TrackedEvent kick)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(kick);
        var (from, to) = (kick.Frame, Math.Min(kick.EndFrame, data.FrameCount - 1));
        var distance = kick.At.DistanceTo(kick.To);
        if (data.BallHeight.Any(h => h > AirborneHeight))
        {
            // The file tracks the ball's height: read it.
            var peak = Enumerable.Range(from, to - from + 1).Select(f => data.BallHeight[f]).DefaultIfEmpty(0).Max();
            if (peak <= AirborneHeight)
            {
                return new LoftVerdict(PassHeight.Ground, 0.95, Invariant($"the file gives the ball's height, and it stays under {AirborneHeight:0.00} m all the way"));
            }
            // Without drag the apex of a flight over d metres at angle θ is d·tan θ / 4.
            var angle = Math.Atan(4 * peak / Math.Max(distance, 1)) * 180 / Math.PI;
            return new LoftVerdict(angle < LowHighElevationDegrees ? PassHeight.Low : PassHeight.High, 0.95,
                Invariant($"the file gives the ball's height: {peak:0.00} m at most over {distance:0.0} m, a launch of about {angle:0}°"));
        }
        if (Bounce(data, from, to) is { } bounce)
        {
            var air = (bounce.Frame - from) / data.FrameRate;
            var landing = data.Ball[from].DistanceTo(data.Ball[bounce.Frame]);
            // Without drag, time of flight T over d metres at angle θ: tan θ = g·T² / (2d).
            var angle = Math.Atan(9.81 * air * air / (2 * Math.Max(landing, 1))) * 180 / Math.PI;
            var sure = Math.Round(Math.Clamp((1 - bounce.Ratio) / (1 - new PhysicsParameters().BounceSpeedRetention), 0.3, 0.85), 2);
            return new LoftVerdict(angle < LowHighElevationDegrees ? PassHeight.Low : PassHeight.High, sure,
                Invariant($"its speed fell from {bounce.Before:0.0} to {bounce.After:0.0} m/s at once {air:0.00} s after the kick, {landing:0.0} m on, with no one near: a bounce (a launch of about {angle:0}°)"));
        }
        if (OverDefender(data, kick, from, to) is { } over)
        {
            return new LoftVerdict(PassHeight.High, 0.6, Invariant($"it passed within {over.Distance:0.0} m of opp {data.Players[over.Player].Shirt?.ToString(CultureInfo.InvariantCulture) ?? data.Players[over.Player].TrackId}'s position at {over.Speed:0.0} m/s and he did not take it"));
        }
        return new LoftVerdict(PassHeight.Ground, 0.7, "its speed fell smoothly all the way, as a rolling ball's does, and it passed over no defender");
    }

    /// <summary>
    /// The frame mid-flight where the ball's speed drops at once by more than a bounce's share, away from every player:
    /// a step in the speed, not its slope. The speed before is carried on to the frames after at the slope both windows
    /// show, so a ball that slows smoothly, however hard (Last Row's digitised balls lose about 6 % a frame, 12 m/s² at
    /// 10 m/s), is not taken for one that bounced.
    /// </summary>
    private static (int Frame, double Before, double After, double Ratio)? Bounce(TrackingData data, int from, int to)
    {
        double Speed(int f) => data.Ball[f].DistanceTo(data.Ball[f + 1]) * data.FrameRate;
        double Slope(int first) => (Speed(first + Window - 1) - Speed(first)) / (Window - 1);
        (int, double, double, double)? best = null;
        for (var f = from + EdgeFrames + Window; f + Window + 1 <= to - EdgeFrames; f++)
        {
            var before = Enumerable.Range(f - Window, Window).Average(Speed);
            var after = Enumerable.Range(f + 1, Window).Average(Speed);
            // The windows' middles are Window + 1 frames apart.
            var expected = before + ((Slope(f - Window) + Slope(f + 1)) / 2 * (Window + 1));
            var ratio = after / Math.Max(expected, 1e-9);
            var nearest = data.Players.Min(p => p.Positions[f].DistanceTo(data.Ball[f]));
            if (before >= 3 && ratio < BounceSpeedRatio && nearest > TrackInference.TouchRadius && (best is null || ratio < best.Value.Item4))
            {
                best = (f, before, after, ratio);
            }
        }
        return best;
    }

    /// <summary>A defender whose position the ball passed within control distance, fast, without his taking it.</summary>
    private static (int Player, double Distance, double Speed)? OverDefender(TrackingData data, TrackedEvent kick, int from, int to)
    {
        var kicker = data.Players[kick.Player].Side;
        for (var f = from + EdgeFrames; f <= to - EdgeFrames && f + 1 < data.FrameCount; f++)
        {
            var speed = data.Ball[f].DistanceTo(data.Ball[f + 1]) * data.FrameRate;
            if (speed < 2 * TrackInference.ControlRelativeSpeed)
            {
                continue;
            }
            for (var i = 0; i < data.Players.Count; i++)
            {
                if (data.Players[i].Side != kicker && i != kick.Other && data.Players[i].Positions[f].DistanceTo(data.Ball[f]) is var d && d <= TrackInference.ControlRadius)
                {
                    return (i, d, speed);
                }
            }
        }
        return null;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
