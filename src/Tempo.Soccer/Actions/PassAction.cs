using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>Pass to a teammate (led to where he is going) or into a point.</summary>
public sealed record PassAction(int? To, Vec2? Point) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => To is { } n ? $"pass to #{n}" : $"pass into {Point}";
}
