namespace Tempo.Soccer;

/// <summary>A player's position on the team sheet.</summary>
public enum Role : byte
{
    Goalkeeper,
    Defender,
    Midfielder,
    Forward,
}
