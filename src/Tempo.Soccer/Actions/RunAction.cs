using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>Run to a point at the given fraction of top speed; <paramref name="Through"/>: at speed through the point (a waypoint) rather than stopping on it.</summary>
public sealed record RunAction(Vec2 To, double Effort = 1.0, bool Through = false) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => $"run to {To}";
}
