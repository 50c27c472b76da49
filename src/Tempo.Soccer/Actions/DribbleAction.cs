using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>Carry the ball to a point, taking on the named opponent if he comes to tackle.</summary>
public sealed record DribbleAction(Vec2 To, int? Past) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => Past is { } n ? $"dribble past opp#{n} to {To}" : $"dribble to {To}";
}
