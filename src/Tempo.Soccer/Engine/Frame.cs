using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>Everyone's position at one instant: players in play order, then the ball (over the grass, and how high its centre is, metres).</summary>
public sealed record Frame(double Time, Vec2[] Players, Vec2 Ball, int Holder, double BallHeight = 0);
