namespace Tempo.Soccer.Model;

/// <summary>How the ball was put into play; Law 11 has no offside offence straight from some restarts.</summary>
public enum Restart : byte
{
    OpenPlay,
    ThrowIn,
    GoalKick,
    CornerKick,
}
