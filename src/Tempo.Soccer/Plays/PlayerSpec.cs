using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Plays;

/// <summary>One of the 22 players as a play describes him: who, where he starts, how he reacts, what he does.</summary>
public sealed record PlayerSpec
{
    /// <summary>Side and shirt number.</summary>
    public required PlayerId Id { get; init; }

    /// <summary>Goalkeeper, defender, midfielder or forward.</summary>
    public required Role Role { get; init; }

    /// <summary>Where he stands when the play starts.</summary>
    public required Vec2 Start { get; init; }

    /// <summary>Reaction time in seconds; null uses the physics default.</summary>
    public double? ReactionTime { get; init; }

    /// <summary>Top speed in m/s; null uses the physics default.</summary>
    public double? MaxSpeed { get; init; }

    /// <summary>Probability this player wins a dribble or tackle duel (0–1).</summary>
    public double Duel { get; init; } = 0.5;

    /// <summary>A scripted attacker's actions, in order; empty for unscripted players.</summary>
    public IReadOnlyList<PlayAction> Actions { get; init; } = [];

    /// <summary>A defending player's behaviour when he is not intercepting.</summary>
    public DefenderBehaviour Behaviour { get; init; } = DefenderBehaviour.Guard;

    /// <summary>The attacker a <see cref="DefenderBehaviour.Mark"/> defender follows.</summary>
    public int? MarkTarget { get; init; }
}
