using System.Globalization;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// Infers from the ball's and the players' tracks who had the ball when, and so the passes, dribbles and the shot:
/// a player controls the ball while it stays within <see cref="ControlRadius"/> of him and moves with him (its speed
/// relative to him under <see cref="ControlRelativeSpeed"/>); between two controls it was kicked.
/// </summary>
public static class TrackInference
{
    /// <summary>Metres within which the ball is at a player's feet (as the physics' default control radius).</summary>
    public const double ControlRadius = 1.0;

    /// <summary>Ball speed relative to the player (m/s) under which it moves with him rather than past him.</summary>
    public const double ControlRelativeSpeed = 4.0;

    /// <summary>A kick changes the ball's velocity by more than this (m/s) from one frame to the next.</summary>
    public const double TouchVelocityChange = 6.0;

    /// <summary>Metres within which a player near a kick is the one who touched the ball (a first-time pass or shot).</summary>
    public const double TouchRadius = 1.5;

    /// <summary>Frames without control that may interrupt one player's control (a touch ahead while dribbling).</summary>
    private const int GapFrames = 6;

    /// <summary>The inferred events in time order, and the frame of the goal if the ball crossed between the posts.</summary>
    public static (IReadOnlyList<TrackedEvent> Events, int? GoalFrame) Infer(TrackingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var controller = new int[data.FrameCount];
        var distance = new double[data.FrameCount];
        for (var f = 0; f < data.FrameCount; f++)
        {
            controller[f] = -1;
            var best = ControlRadius;
            // The player who had it keeps it while it stays at his feet, though an opponent comes as near (a duel).
            var holder = f > 0 ? controller[f - 1] : -1;
            if (holder >= 0 && data.Players[holder].Positions[f].DistanceTo(data.Ball[f]) is var held && held <= ControlRadius && RelativeSpeed(data, holder, f) <= ControlRelativeSpeed)
            {
                (controller[f], distance[f]) = (holder, held);
                continue;
            }
            for (var i = 0; i < data.Players.Count; i++)
            {
                var d = data.Players[i].Positions[f].DistanceTo(data.Ball[f]);
                if (d <= best && RelativeSpeed(data, i, f) <= ControlRelativeSpeed)
                {
                    (best, controller[f]) = (d, i);
                }
            }
            distance[f] = best;
        }
        MarkTouches(data, controller, distance);
        var goalFrame = GoalFrame(data);
        var end = goalFrame ?? data.FrameCount - 1;
        var controls = new List<(int Player, int First, int Last)>();
        for (var f = 0; f <= end; f++)
        {
            if (controller[f] < 0)
            {
                continue;
            }
            if (controls.Count > 0 && controls[^1].Player == controller[f] && f - controls[^1].Last <= GapFrames)
            {
                controls[^1] = (controller[f], controls[^1].First, f);
            }
            else
            {
                controls.Add((controller[f], f, f));
            }
        }
        var events = new List<TrackedEvent>();
        for (var k = 0; k < controls.Count; k++)
        {
            var (player, first, last) = controls[k];
            var frames = last - first + 1;
            var mean = Enumerable.Range(first, frames).Where(f => controller[f] == player).Average(f => distance[f]);
            var sure = Math.Clamp((1 - (mean / ControlRadius)) * Math.Min(1, frames / 6.0), 0.05, 0.99);
            events.Add(new TrackedEvent(TrackedEventKind.Control, first, last, player, null, data.Ball[first], data.Ball[last], sure,
                Invariant($"ball within {mean:0.00} m of him on average over {frames} frames")));
            var kickSpeed = last + 2 < data.FrameCount ? data.Ball[last].DistanceTo(data.Ball[last + 2]) * data.FrameRate / 2 : 0;
            var speedSure = Math.Clamp(kickSpeed / 8.0, 0.3, 1.0);
            if (k + 1 < controls.Count)
            {
                var next = controls[k + 1];
                var same = data.Players[next.Player].Side == data.Players[player].Side;
                events.Add(new TrackedEvent(TrackedEventKind.Pass, last, next.First, player, next.Player, data.Ball[last], data.Ball[next.First],
                    Math.Round(Math.Min(sure, 0.99) * speedSure, 2),
                    Invariant($"ball left him at {kickSpeed:0.0} m/s and was next controlled {(next.First - last) / data.FrameRate:0.00} s later by {(same ? "a teammate" : "an opponent")}")));
            }
            else if (goalFrame is { } g)
            {
                events.Add(new TrackedEvent(TrackedEventKind.Shot, last, g, player, null, data.Ball[last], data.Ball[g], Math.Round(0.95 * speedSure, 2),
                    Invariant($"the last control before the ball crossed the goal line between the posts, {(g - last) / data.FrameRate:0.00} s later, struck at {kickSpeed:0.0} m/s")));
            }
        }
        if (goalFrame is { } gf)
        {
            var height = data.BallHeight[gf];
            events.Add(new TrackedEvent(TrackedEventKind.Goal, gf, gf, -1, null, data.Ball[gf], data.Ball[gf], height <= 2.44 ? 0.98 : 0.5,
                Invariant($"the ball crossed x = 105 at y = {data.Ball[gf].Y:0.00} (posts at {Pitch.LowerPostY:0.00}–{Pitch.UpperPostY:0.00}), {height:0.00} m high")));
        }
        return (events, goalFrame);
    }

    /// <summary>The first frame at which the ball is over the attacked goal line between the posts, or null.</summary>
    public static int? GoalFrame(TrackingData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        for (var f = 1; f < data.FrameCount; f++)
        {
            if (data.Ball[f].X >= Pitch.Length && data.Ball[f - 1].X < Pitch.Length)
            {
                var y = data.Ball[f].Y;
                return y > Pitch.LowerPostY && y < Pitch.UpperPostY ? f : null;
            }
        }
        return null;
    }

    /// <summary>The first frame at which an attacker controls the ball, where a play made from the tracks starts; null if none does.</summary>
    public static TrackedEvent? FirstAttackControl(TrackingData data, IReadOnlyList<TrackedEvent> events) =>
        events.FirstOrDefault(e => e.Kind == TrackedEventKind.Control && data.Players[e.Player].Side == Side.Attack);

    /// <summary>
    /// A first-time pass or shot leaves no frames of control: where the ball's velocity jumps and no one controls it,
    /// the player nearest the ball (within <see cref="TouchRadius"/>) touched it.
    /// </summary>
    private static void MarkTouches(TrackingData data, int[] controller, double[] distance)
    {
        for (var f = 0; f + 1 < data.FrameCount; f++)
        {
            var before = f == 0 ? default : (data.Ball[f] - data.Ball[f - 1]) * data.FrameRate;
            var after = (data.Ball[f + 1] - data.Ball[f]) * data.FrameRate;
            if (controller[f] >= 0 || (after - before).Length <= TouchVelocityChange)
            {
                continue;
            }
            var best = TouchRadius;
            for (var i = 0; i < data.Players.Count; i++)
            {
                var d = data.Players[i].Positions[f].DistanceTo(data.Ball[f]);
                if (d <= best)
                {
                    (best, controller[f], distance[f]) = (d, i, d);
                }
            }
        }
    }

    private static double RelativeSpeed(TrackingData data, int player, int f)
    {
        var (a, b) = f == 0 ? (0, Math.Min(1, data.FrameCount - 1)) : (f - 1, f);
        if (a == b)
        {
            return 0;
        }
        var ball = data.Ball[b] - data.Ball[a];
        var p = data.Players[player].Positions[b] - data.Players[player].Positions[a];
        return (ball - p).Length * data.FrameRate;
    }

    private static string Invariant(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
