using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>The ball in three dimensions: where it is over the grass, how high, its horizontal velocity and its vertical speed.</summary>
internal readonly record struct BallState(Vec2 Position, double Height, Vec2 Velocity, double VerticalSpeed)
{
    /// <summary>True while the ball is off the ground or leaving it; false once it rolls (or lies still).</summary>
    public bool Airborne => Height > 0 || VerticalSpeed > 0;
}
