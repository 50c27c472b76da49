namespace Tempo.Soccer;

/// <summary>What one line of control (the ball's, or a player's) did over the play, span by span.</summary>
public sealed record LineActivity(string Name, PlayerId? Player, IReadOnlyList<ActivitySpan> Spans);
