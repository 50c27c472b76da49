namespace Tempo.Soccer.Model;

/// <summary>How high a pass or shot is played (StatsBomb's "Ground Pass", "Low Pass", "High Pass").</summary>
public enum PassHeight
{
    /// <summary>Along the grass, rolling from the foot.</summary>
    Ground,

    /// <summary>Driven through the air at a low angle (12°), below head height for most of its way.</summary>
    Low,

    /// <summary>Lofted (35°): over the heads of players in the lane, a cross or a chip.</summary>
    High,
}
