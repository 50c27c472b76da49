namespace Tempo.Soccer.Model;

/// <summary>A player's position on the team sheet.</summary>
public enum Role : byte
{
    /// <summary>Keeps goal (a defending goalkeeper dives at shots).</summary>
    Goalkeeper,
    /// <summary>A defender.</summary>
    Defender,
    /// <summary>A midfielder.</summary>
    Midfielder,
    /// <summary>A forward.</summary>
    Forward,
}
