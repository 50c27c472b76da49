using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>Shoot at a point on (or beyond) the goal line; <paramref name="Speed"/> is the ball's speed off the foot (m/s), else the physics' shot speed.</summary>
public sealed record ShootAction(Vec2 Target, double? Speed = null) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => $"shoot at {Target}";
}
