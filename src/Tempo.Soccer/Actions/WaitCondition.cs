using System.Globalization;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Actions;

/// <summary>
/// What a player waits for: a teammate past the line x = <see cref="PastX"/>, inside the penalty
/// area, or within <see cref="Within"/> metres of <see cref="Near"/>; or simply <see cref="Seconds"/>.
/// </summary>
public sealed record WaitCondition
{
    /// <summary>The teammate (shirt number) the condition watches; null for a wait of <see cref="Seconds"/>.</summary>
    public int? Player { get; init; }

    /// <summary>Satisfied once the teammate is at x ≥ this.</summary>
    public double? PastX { get; init; }

    /// <summary>Satisfied once the teammate is inside the penalty area the attack plays towards.</summary>
    public bool InPenaltyArea { get; init; }

    /// <summary>Satisfied once the teammate is within <see cref="Within"/> metres of this point.</summary>
    public Vec2? Near { get; init; }

    /// <summary>The distance, in metres, that counts as near <see cref="Near"/>.</summary>
    public double Within { get; init; } = 2.0;

    /// <summary>Seconds to let pass, instead of a condition on a teammate.</summary>
    public double? Seconds { get; init; }

    /// <summary>What the wait is for, as the trace labels it, e.g. "#2 past x=85".</summary>
    public string Describe()
    {
        if (Seconds is { } s)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{s:0.0} s");
        }
        var who = $"#{Player}";
        if (PastX is { } x)
        {
            return string.Create(CultureInfo.InvariantCulture, $"{who} past x={x:0.#}");
        }
        if (InPenaltyArea)
        {
            return $"{who} in the penalty area";
        }
        return string.Create(CultureInfo.InvariantCulture, $"{who} within {Within:0.#} m of {Near}");
    }

    /// <summary>True when a player standing at <paramref name="p"/> satisfies the (positional) condition.</summary>
    public bool IsSatisfiedAt(Vec2 p)
    {
        if (PastX is { } x)
        {
            return p.X >= x;
        }
        if (InPenaltyArea)
        {
            return Pitch.InAttackedPenaltyArea(p);
        }
        return Near is { } n && p.DistanceTo(n) <= Within;
    }
}
