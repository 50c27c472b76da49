using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>
/// One entry of the event log, in the spirit of StatsBomb's open event data: a type, who, where,
/// and for passes and shots where the ball ended, to whom, how long it took and how it ended.
/// Decisions (offside, goal, out of play, duels) carry the positions that justified them in <see cref="Data"/>.
/// </summary>
public sealed record PlayEvent
{
    /// <summary>The event's position in the log, from 0.</summary>
    public required int Index { get; init; }

    /// <summary>Virtual seconds since the start of the play.</summary>
    public required double Time { get; init; }

    /// <summary>What kind of event it is; <see cref="PlayEventTypes.Name"/> gives its name ("Pass", "Ball Receipt", …).</summary>
    public required PlayEventType Type { get; init; }

    /// <summary>Who acted (the passer, the scorer, the defender who tackles); null for the referee's own events.</summary>
    public PlayerId? Player { get; init; }

    /// <summary>Where it happened, in metres.</summary>
    public Vec2? Location { get; init; }

    /// <summary>Where the ball ended (passes and shots).</summary>
    public Vec2? EndLocation { get; init; }

    /// <summary>Whom a pass was meant for.</summary>
    public PlayerId? Recipient { get; init; }

    /// <summary>Seconds the ball travelled (passes, shots) or the action lasted.</summary>
    public double? Duration { get; init; }

    /// <summary>Complete, Intercepted, Goal, Saved, Off Target, Won, Lost, Offside …</summary>
    public string? Outcome { get; init; }

    /// <summary>Ball speed at the kick, m/s (passes and shots).</summary>
    public double? Speed { get; init; }

    /// <summary>How high a pass or shot was played (passes and shots).</summary>
    public PassHeight? Height { get; init; }

    /// <summary>What the ball was played with, when not the foot from the ground: "head", "volley" (passes and shots).</summary>
    public string? BodyPart { get; init; }

    /// <summary>Height of the ball's centre where a shot reached the goal line (or met the frame), metres.</summary>
    public double? GoalLineHeight { get; init; }

    /// <summary>A human sentence saying what happened, e.g. "#2 passes to #10".</summary>
    public required string Text { get; init; }

    /// <summary>The positions and rolls behind a decision, by name (empty when the run does not record detail).</summary>
    public IReadOnlyDictionary<string, string> Data { get; init; } = System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty;
}
