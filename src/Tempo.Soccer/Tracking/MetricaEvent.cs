using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>One row of Metrica Sports' event data: who did what, from where to where, and when.</summary>
/// <param name="Team">"Home" or "Away".</param>
/// <param name="Type">The event's type as the file writes it: PASS, SHOT, RECOVERY, BALL LOST, SET PIECE, ...</param>
/// <param name="Subtype">Its subtype (HEAD, CROSS, ON TARGET-GOAL, ...), empty where the file has none.</param>
/// <param name="Period">1 or 2.</param>
/// <param name="StartSeconds">When it starts, seconds from the period's kick-off.</param>
/// <param name="EndSeconds">When it ends (a pass: when the ball reaches the receiver).</param>
/// <param name="From">The player who plays the ball ("Player19").</param>
/// <param name="To">The player it goes to, empty if nobody.</param>
/// <param name="Start">Where it starts, pitch metres (105 × 68, as the file's 0–1 scaled), or null where the file says NaN.</param>
/// <param name="End">Where it ends, or null.</param>
public sealed record MetricaEvent(string Team, string Type, string Subtype, int Period, double StartSeconds, double EndSeconds,
    string From, string To, Vec2? Start, Vec2? End)
{
    /// <summary>Seconds from start to end.</summary>
    public double Duration => EndSeconds - StartSeconds;

    /// <summary>Metres from start to end, or null when either is unknown.</summary>
    public double? Distance => Start is { } s && End is { } e ? s.DistanceTo(e) : null;

    /// <summary>Whether the subtype names a goal ("ON TARGET-GOAL", "HEAD-ON TARGET-GOAL").</summary>
    public bool IsGoal => Type == "SHOT" && Subtype.EndsWith("-GOAL", StringComparison.Ordinal);
}
