using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>Everyone's position at one instant: players in play order, then the ball.</summary>
public sealed record Frame(double Time, Vec2[] Players, Vec2 Ball, int Holder);
