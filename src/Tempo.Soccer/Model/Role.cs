namespace Tempo.Soccer.Model;

/// <summary>A player's position on the team sheet.</summary>
public enum Role : byte
{
    Goalkeeper,
    Defender,
    Midfielder,
    Forward,
}
