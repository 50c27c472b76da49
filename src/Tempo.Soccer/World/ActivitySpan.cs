namespace Tempo.Soccer;

/// <summary>What one line of control (a player, or the ball) was doing from <see cref="Start"/> to <see cref="End"/>, in virtual seconds.</summary>
public readonly record struct ActivitySpan(double Start, double End, string Label, bool Waiting);
