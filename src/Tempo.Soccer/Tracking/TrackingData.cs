using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>One player's track: where he was at every frame, in pitch metres with the attack playing towards x = 105.</summary>
/// <param name="TrackId">The tracking file's id for the player.</param>
/// <param name="Side">Attack or defence.</param>
/// <param name="Shirt">The shirt number where the file gives one.</param>
/// <param name="Positions">One position per frame.</param>
public sealed record TrackedPlayer(string TrackId, Side Side, int? Shirt, IReadOnlyList<Vec2> Positions);

/// <summary>A tracked stretch of play: the ball and the players at a fixed frame rate, turned so that the attack plays towards x = 105.</summary>
/// <param name="Source">The file it came from (messages name it).</param>
/// <param name="FrameRate">Frames per second.</param>
/// <param name="Ball">The ball's position at every frame.</param>
/// <param name="BallHeight">The ball's height at every frame (metres, as the file gives it).</param>
/// <param name="Players">Every tracked player.</param>
public sealed record TrackingData(string Source, double FrameRate, IReadOnlyList<Vec2> Ball, IReadOnlyList<double> BallHeight, IReadOnlyList<TrackedPlayer> Players)
{
    /// <summary>How many frames the play has.</summary>
    public int FrameCount => Ball.Count;

    /// <summary>Seconds from frame 0 to a frame.</summary>
    public double TimeOf(int frame) => frame / FrameRate;
}
