using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>Run to a point at the given fraction of top speed.</summary>
public sealed record RunAction(Vec2 To, double Effort = 1.0) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => $"run to {To}";
}
