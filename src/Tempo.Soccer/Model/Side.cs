namespace Tempo.Soccer.Model;

/// <summary>The two teams of a play: the attack plays towards x = 105, the defence guards that goal.</summary>
public enum Side : byte
{
    /// <summary>The team with the ball, playing towards x = 105.</summary>
    Attack,
    /// <summary>The team without the ball, defending the goal at x = 105.</summary>
    Defence,
}
