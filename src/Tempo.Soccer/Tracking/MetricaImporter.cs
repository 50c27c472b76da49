using System.Globalization;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Tracking;

/// <summary>A play file made from a goal's move in Metrica's events, the move, and one line per event used.</summary>
/// <param name="Yaml">The play file's text (docs/play-file.md).</param>
/// <param name="Move">The move it was made from.</param>
/// <param name="Report">One line per event: its time from the move's start and what the play does with it.</param>
public sealed record MetricaImport(string Yaml, MetricaMove Move, IReadOnlyList<string> Report);

/// <summary>
/// Turns a goal's move in Metrica's event data into a play. Events say who played the ball, from where to where and
/// when, but nothing of anyone's place in between: each attacker starts where he first plays the ball (the first
/// passer at the move's first pass, a receiver where he took his pass; one who takes a pass again elsewhere runs there
/// first), carries it on (a dribble) when his next pass
/// starts elsewhere, holds it (a wait) as long as the real one did, passes to the real reception point at the speed that
/// gets the model ball there when the real one arrived (a cross: a low ball), and shoots where the real shot crossed
/// the line, at the speed that gets it there in its real time. The defence is the goalkeeper (events do not place the
/// other defenders) and one stand-in who holds in a far corner on the goal line so that, as in the real move, no one is
/// offside. Model defaults throughout: nothing is fitted to the move.
/// </summary>
public static class MetricaImporter
{
    /// <summary>Metres between a reception and the next pass from which the receiver dribbles there first.</summary>
    private const double DribbleMetres = 3.0;

    /// <summary>Seconds of holding the ball after a reception from which the hold is written as a wait.</summary>
    private const double HoldSeconds = 0.2;

    /// <summary>Where the stand-in defender holds: on the goal line, half a metre in from a touch line.</summary>
    private const double StandInX = 104.9;

    private const double StandInMargin = 0.5;

    /// <summary>Makes the play of goal <paramref name="goal"/> (1-based) of the event file; <paramref name="name"/> names it.</summary>
    public static MetricaImport Import(IReadOnlyList<MetricaEvent> events, int goal, string source, string name)
    {
        var move = MetricaMove.Find(events, goal, source);
        var physics = new PhysicsParameters();
        var kicks = move.Passes.Append(move.Shot).ToList();
        var order = new List<string>();
        foreach (var e in kicks)
        {
            foreach (var who in new[] { e.From, e.To })
            {
                if (who.Length > 0 && !order.Contains(who))
                {
                    order.Add(who);
                }
            }
        }
        var (crossing, lineSeconds) = move.GoalLineCrossing();
        var yaml = new StringBuilder();
        PlayYamlText.AppendHeader(
            yaml,
            [
                string.Create(CultureInfo.InvariantCulture, $"Made by `tempo soccer import {source} --format metrica-events --goal {goal}` from the scoring move's events,"),
                "turned so that the attack plays towards x = 105; the defence is the goalkeeper and a stand-in (events do not place the others).",
            ],
            name,
            string.Create(CultureInfo.InvariantCulture, $"Goal {goal} of {Path.GetFileName(source)} ({move.Team}, period {move.Shot.Period}, {move.StartSeconds:0.00}-{move.Shot.EndSeconds:0.00} s)."),
            lineSeconds + 5);
        if (move.Restart != Restart.OpenPlay)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"restart: {RestartNames.NameOf(move.Restart)}");
        }
        yaml.AppendLine("attack:");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  name: {move.Team}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"  ball: {MetricaMove.Number(kicks[0].From)}");
        yaml.AppendLine("  players:");
        foreach (var player in order)
        {
            var n = MetricaMove.Number(player);
            // The first passer starts at his pass; everyone else where he took his first pass.
            var start = player == kicks[0].From ? kicks[0].Start!.Value : kicks.First(e => e.To == player).End!.Value;
            PlayYamlText.AppendAttacker(yaml, n, start, Script(player, kicks, move, physics));
        }
        yaml.AppendLine("defence:");
        yaml.AppendLine("  name: Defence");
        yaml.AppendLine("  players:");
        var keeper = move.Keeper.Length > 0 ? MetricaMove.Number(move.Keeper) : 1;
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    - {{number: {keeper}, role: goalkeeper, at: [104, 34]}}");
        // No offside was given in the real move, but with the keeper alone every receiver ahead of the ball would be
        // offside (the second-last opponent missing): a stand-in holds on the goal line in the corner farthest from the
        // move, where he keeps the offside line at the keeper and is nowhere near the ball.
        var points = kicks.SelectMany(e => new[] { e.Start!.Value, e.End!.Value }).ToList();
        var corner = new[] { new Vec2(StandInX, StandInMargin), new Vec2(StandInX, Pitch.Width - StandInMargin) }
            .MaxBy(c => points.Min(p => p.DistanceTo(c)));
        yaml.AppendLine("    # a stand-in for the absent defenders (see the importer's docs): he holds, out of the play, so that no one is offside");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    - {{number: {(keeper == 2 ? 3 : 2)}, role: defender, at: {P(corner)}, behaviour: hold}}");
        var report = new List<string>();
        if (move.Restart != Restart.OpenPlay)
        {
            report.Add($"  0.00 s  {RestartNames.NameOf(move.Restart)} (SET PIECE before the first pass)");
        }
        foreach (var e in kicks)
        {
            var what = e == move.Shot
                ? string.Create(CultureInfo.InvariantCulture, $"#{MetricaMove.Number(e.From)} shoots ({e.Subtype}), crosses the line at {crossing} after {lineSeconds:0.00} s")
                : string.Create(CultureInfo.InvariantCulture, $"#{MetricaMove.Number(e.From)} passes to #{MetricaMove.Number(e.To)}{(e.Subtype.Length > 0 ? $" ({e.Subtype})" : "")} from {e.Start} to {e.End} in {e.Duration:0.00} s");
            report.Add(string.Create(CultureInfo.InvariantCulture, $"{e.StartSeconds - move.StartSeconds,6:0.00} s  {what}"));
        }
        return new MetricaImport(yaml.ToString(), move, report);
    }

    /// <summary>A player's script: receive each pass to him, carry or hold the ball as the events say, then pass or shoot.</summary>
    private static List<string> Script(string player, List<MetricaEvent> kicks, MetricaMove move, PhysicsParameters physics)
    {
        var script = new List<string>();
        Vec2? heldAt = null;
        Vec2? lastAt = null;
        var heldSince = 0.0;
        foreach (var e in kicks)
        {
            if (e.To == player && e.From != player)
            {
                if (lastAt is { } was && was.DistanceTo(e.End!.Value) >= DribbleMetres)
                {
                    // He played the ball before, elsewhere: he goes to where he takes this pass.
                    script.Add($"run: {P(e.End!.Value)}");
                }
                script.Add("receive");
                lastAt = e.End;
                (heldAt, heldSince) = (e.End, e.EndSeconds);
                continue;
            }
            if (e.From != player)
            {
                continue;
            }
            var from = e.Start!.Value;
            lastAt = from;
            if (heldAt is { } r)
            {
                var held = e.StartSeconds - heldSince;
                if (r.DistanceTo(from) >= DribbleMetres)
                {
                    var effort = KickFit.CarryEffort(r.DistanceTo(from), Math.Max(held, 0.1), physics);
                    script.Add($"dribble: {P(from)}" + (effort < 1 ? $"\n          effort: {F(effort)}" : ""));
                }
                else if (held >= HoldSeconds)
                {
                    script.Add($"wait: {{seconds: {F(held)}}}");
                }
            }
            if (e == move.Shot)
            {
                var (crossing, lineSeconds) = move.GoalLineCrossing();
                var seconds = lineSeconds - (e.StartSeconds - move.StartSeconds);
                var speed = KickFit.KickSpeed(from.DistanceTo(crossing), seconds, physics.BallDeceleration);
                script.Add($"shoot: [105, {F(Math.Clamp(crossing.Y, 0, Pitch.Width))}]\n          speed: {F(speed)}");
                return script;
            }
            var to = e.End!.Value;
            var how = e.Subtype.Contains("CROSS", StringComparison.Ordinal)
                ? "\n          height: low"
                : $"\n          speed: {F(KickFit.KickSpeed(from.DistanceTo(to), e.Duration, physics.BallDeceleration))}";
            script.Add($"pass: {MetricaMove.Number(e.To)}\n          at: {P(to)}{how}");
            heldAt = null;
        }
        return script;
    }

    private static string F(double v) => PlayYamlText.F(v);

    private static string P(Vec2 p) => PlayYamlText.P(p);
}
