using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>What the tracks say happened, as inferred from them.</summary>
public enum TrackedEventKind
{
    /// <summary>A player has the ball at his feet (it stays within control distance and moves with him).</summary>
    Control,

    /// <summary>A player plays the ball away to a teammate, or into space, or to an opponent.</summary>
    Pass,

    /// <summary>A player plays the ball over the goal line, or towards it.</summary>
    Shot,

    /// <summary>The whole ball crosses the goal line between the posts.</summary>
    Goal,
}

/// <summary>One inferred event: when, who (an index into <see cref="TrackingData.Players"/>), where, and how sure the inference is.</summary>
/// <param name="Kind">What happened.</param>
/// <param name="Frame">The frame it happened at (for a control, its first frame).</param>
/// <param name="EndFrame">For a control, its last frame; for a pass, the frame the next player controls the ball; else <paramref name="Frame"/>.</param>
/// <param name="Player">The player concerned (-1 for a goal).</param>
/// <param name="Other">A pass's receiver, if anyone controls it.</param>
/// <param name="At">Where it happened.</param>
/// <param name="To">Where the ball went (a pass's or shot's end, a control's last point).</param>
/// <param name="Confidence">How sure the inference is, 0–1.</param>
/// <param name="Why">What the confidence rests on.</param>
public sealed record TrackedEvent(TrackedEventKind Kind, int Frame, int EndFrame, int Player, int? Other, Vec2 At, Vec2 To, double Confidence, string Why);
