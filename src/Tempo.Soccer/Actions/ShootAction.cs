using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>Shoot at a point on (or beyond) the goal line.</summary>
public sealed record ShootAction(Vec2 Target) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => $"shoot at {Target}";
}
