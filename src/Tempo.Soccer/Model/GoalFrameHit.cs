namespace Tempo.Soccer.Model;

/// <summary>Which part of the goal frame the ball struck.</summary>
public enum GoalFrame
{
    /// <summary>A goalpost.</summary>
    Post,

    /// <summary>The crossbar.</summary>
    Crossbar,
}

/// <summary>Where (on the frame's face, and how high the ball's centre was) the ball struck the goal frame, and which part.</summary>
/// <param name="At">The ball's centre over the grass when it met the frame.</param>
/// <param name="Height">The ball centre's height then, metres.</param>
/// <param name="Part">The post or the crossbar.</param>
public sealed record GoalFrameHit(Vec2 At, double Height, GoalFrame Part);
