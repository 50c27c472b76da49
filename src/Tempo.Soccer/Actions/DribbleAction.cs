using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>
/// Carry the ball to a point at the given fraction of dribbling top speed, taking on the named opponent if he comes to tackle;
/// <paramref name="Through"/>: at speed through the point (he plays the ball on the move) rather than stopping on it.
/// </summary>
public sealed record DribbleAction(Vec2 To, int? Past, double Effort = 1.0, bool Through = false) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => Past is { } n ? $"dribble past opp#{n} to {To}" : $"dribble to {To}";
}
