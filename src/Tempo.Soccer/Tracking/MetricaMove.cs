using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// The move that led to one of the goals in a Metrica event file: the scoring team's passes without a break before the
/// goal (each to the player who plays the next), then the shot; turned so that the attack plays towards x = 105.
/// </summary>
/// <param name="Goal">Which goal of the file (1 = the first).</param>
/// <param name="Team">The scoring team ("Home" or "Away").</param>
/// <param name="Passes">The passes, in order (turned).</param>
/// <param name="Shot">The goal's shot (turned).</param>
/// <param name="Restart">The restart the move began with (a corner kick, a free kick...), or open play.</param>
/// <param name="Keeper">The defending goalkeeper's "PlayerN" (the player who takes the other team's goal kicks), or empty.</param>
public sealed record MetricaMove(int Goal, string Team, IReadOnlyList<MetricaEvent> Passes, MetricaEvent Shot, Restart Restart, string Keeper)
{
    /// <summary>When the move starts, seconds from its period's kick-off (its first pass, else the shot).</summary>
    public double StartSeconds => Passes.Count > 0 ? Passes[0].StartSeconds : Shot.StartSeconds;

    /// <summary>Where the shot crosses the goal line (x = 105), and when (seconds from the move's start), interpolated between its start and end.</summary>
    public (Vec2 At, double Seconds) GoalLineCrossing()
    {
        var s = Shot.Start!.Value;
        var e = Shot.End!.Value;
        var f = e.X - s.X > 1e-9 ? Math.Clamp((Pitch.Length - s.X) / (e.X - s.X), 0, 1) : 1;
        return (s + ((e - s) * f), Shot.StartSeconds + (Shot.Duration * f) - StartSeconds);
    }

    /// <summary>"Player10" as a shirt number (10).</summary>
    public static int Number(string player) =>
        player.StartsWith("Player", StringComparison.Ordinal) && int.TryParse(player.AsSpan(6), System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99
            ? n
            : throw new ArgumentException($"'{player}' is not a Metrica player (PlayerN)", nameof(player));

    /// <summary>
    /// The move of goal <paramref name="goal"/> (1-based) in <paramref name="events"/>, or a one-line reason why there is none.
    /// </summary>
    public static MetricaMove Find(IReadOnlyList<MetricaEvent> events, int goal, string source)
    {
        ArgumentNullException.ThrowIfNull(events);
        var goals = events.Select((e, i) => (e, i)).Where(x => x.e.IsGoal).Select(x => x.i).ToList();
        if (goal < 1 || goal > goals.Count)
        {
            throw new TrackingFileException(source, 0, $"there is no goal {goal}: the file has {goals.Count} goal{(goals.Count == 1 ? "" : "s")} (SHOT events whose subtype ends in -GOAL)");
        }
        var at = goals[goal - 1];
        var shot = events[at];
        if (shot.Start is null || shot.End is null)
        {
            throw new TrackingFileException(source, 0, $"goal {goal}'s shot has no start or end place");
        }
        var passes = new List<MetricaEvent>();
        var receiver = shot.From;
        for (var k = at - 1; k >= 0; k--)
        {
            var e = events[k];
            if (e.Team != shot.Team || e.Period != shot.Period || e.Type != "PASS" || e.To != receiver || e.Start is null || e.End is null || e.From == e.To)
            {
                break;
            }
            passes.Insert(0, e);
            receiver = e.From;
        }
        var first = at - passes.Count - 1;
        var restart = first >= 0 && events[first] is { Type: "SET PIECE" } set && set.Team == shot.Team && set.Period == shot.Period
            ? set.Subtype switch
            {
                "CORNER KICK" => Restart.CornerKick,
                "FREE KICK" => Restart.FreeKick,
                "GOAL KICK" => Restart.GoalKick,
                "THROW IN" => Restart.ThrowIn,
                _ => Restart.OpenPlay,
            }
            : Restart.OpenPlay;
        var keeper = events.Where(e => e.Team != shot.Team && e.Subtype.StartsWith("GOAL KICK", StringComparison.Ordinal) && e.From.Length > 0)
            .GroupBy(e => e.From).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault() ?? "";
        // Each team attacks one way per half: turn the move so that its shot goes towards x = 105.
        var turn = shot.End.Value.X < shot.Start.Value.X;
        return new MetricaMove(goal, shot.Team, [.. passes.Select(e => Turn(e, turn))], Turn(shot, turn), restart, keeper);
    }

    private static MetricaEvent Turn(MetricaEvent e, bool turn) => !turn ? e : e with { Start = Turn(e.Start), End = Turn(e.End) };

    private static Vec2? Turn(Vec2? p) => p is { } v ? new Vec2(Pitch.Length - v.X, Pitch.Width - v.Y) : null;
}
