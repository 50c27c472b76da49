namespace Tempo.Soccer.Model;

/// <summary>What an unscripted defending player does on his line of control (every one of them also intercepts passes he can reach).</summary>
public enum DefenderBehaviour : byte
{
    /// <summary>Drop goal-side of the nearest attacker in his zone; press the ball if it comes close.</summary>
    Guard,

    /// <summary>Follow one named attacker, staying between him and the goal.</summary>
    Mark,

    /// <summary>Close down whoever has the ball and tackle.</summary>
    Press,

    /// <summary>Stay where he is.</summary>
    Hold,
}
