namespace Tempo.Soccer.Model;

/// <summary>The two teams of a play: the attack plays towards x = 105, the defence guards that goal.</summary>
public enum Side : byte
{
    Attack,
    Defence,
}
