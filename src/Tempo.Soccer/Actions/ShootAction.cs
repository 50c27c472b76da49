using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>
/// Shoot at a point on (or beyond) the goal line; <paramref name="Speed"/> is the ball's speed off the foot (m/s), else the physics'
/// shot speed; <paramref name="Height"/> is where it crosses the line: along the ground (the default), low (knee height) or high
/// (a top corner, just under the bar).
/// </summary>
public sealed record ShootAction(Vec2 Target, double? Speed = null, PassHeight? Height = null) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => $"shoot at {Target}";
}
