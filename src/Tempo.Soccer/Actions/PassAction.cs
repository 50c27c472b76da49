using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>
/// Pass to a teammate (led to where he is going, or to <paramref name="Point"/> when both are given: where he is to take
/// it) or into a point; <paramref name="Speed"/> is the ball's speed off the foot (m/s), else the speed that lands it there;
/// <paramref name="Height"/> is along the ground, low or high, else the passer's choice (<c>World.ChooseHeight</c>: lofted over an
/// opponent in the lane).
/// </summary>
public sealed record PassAction(int? To, Vec2? Point, double? Speed = null, PassHeight? Height = null) : PlayAction
{
    /// <inheritdoc/>
    public override string Describe() => (To, Point) switch
    {
        ({ } n, { } at) => $"pass to #{n} at {at}",
        ({ } n, null) => $"pass to #{n}",
        _ => $"pass into {Point}",
    };
}
