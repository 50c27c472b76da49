using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Engine;

/// <summary>A player's physical state inside a <see cref="World"/>; his line of control sets <see cref="Target"/>, physics moves him.</summary>
internal sealed class PlayerState
{
    internal PlayerState(int index, PlayerSpec spec, PhysicsParameters physics)
    {
        Index = index;
        Spec = spec;
        Position = spec.Start;
        MaxSpeed = spec.MaxSpeed ?? physics.MaxSpeed;
        ReactionTime = spec.ReactionTime ?? physics.ReactionTime;
        Duel = spec.Duel;
    }

    public int Index { get; }

    public PlayerSpec Spec { get; }

    public PlayerId Id => Spec.Id;

    public Vec2 Position { get; internal set; }

    /// <summary>Current running speed, m/s.</summary>
    public double Speed { get; internal set; }

    /// <summary>Unit vector of the current running direction.</summary>
    public Vec2 Heading { get; internal set; } = new(1, 0);

    public Vec2 Velocity => Heading * Speed;

    /// <summary>Where the player is running to; null when standing.</summary>
    public Vec2? Target { get; internal set; }

    /// <summary>Fraction of top speed he runs at.</summary>
    public double Effort { get; internal set; } = 1.0;

    /// <summary>Whether he runs through his target at speed (another run follows) rather than braking to stop on it.</summary>
    public bool RunThrough { get; internal set; }

    public double MaxSpeed { get; internal set; }

    public double ReactionTime { get; internal set; }

    public double Duel { get; internal set; }

    /// <summary>A beaten defender cannot tackle again until this time.</summary>
    public double BeatenUntil { get; internal set; } = double.NegativeInfinity;
}
