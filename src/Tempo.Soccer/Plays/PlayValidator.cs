using System.Globalization;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Plays;

/// <summary>Checks what a play means, beyond its syntax: every name resolves, every wait can be satisfied.</summary>
internal static class PlayValidator
{
    /// <summary>How far from the line or arc a restart may be placed (metres), for coordinates given to a decimetre or so.</summary>
    private const double RestartTolerance = 1.0;

    /// <summary>Players closer than this (metres) at the start are on the same spot.</summary>
    private const double MinimumSpacing = 0.5;

    public static void Validate(Play play, PlayFileReader reader)
    {
        var attack = new Dictionary<int, (PlayerSpec Spec, int Index)>();
        var defence = new Dictionary<int, (PlayerSpec Spec, int Index)>();
        int ai = 0, di = 0;
        foreach (var p in play.Players)
        {
            var (team, index, name) = p.Id.Side == Side.Attack ? (attack, ai++, "attack") : (defence, di++, "defence");
            if (!team.TryAdd(p.Id.Number, (p, index)))
            {
                throw reader.Error($"{name}.players[{index}].number", $"shirt number {p.Id.Number} appears twice in the {name}");
            }
        }
        CheckTeam(attack, "attack", reader);
        CheckTeam(defence, "defence", reader);
        if (!attack.ContainsKey(play.BallHolder))
        {
            throw reader.Error("attack.ball", $"no attacking player #{play.BallHolder} to hold the ball ({Known(attack)})");
        }
        CheckRestart(play, attack[play.BallHolder].Spec, reader);
        CheckSpacing(play, attack, defence, reader);
        WarnOpponentsTooClose(play, attack[play.BallHolder].Spec, defence, reader);
        foreach (var (spec, index) in defence.Values)
        {
            if (spec.MarkTarget is { } m && !attack.ContainsKey(m))
            {
                throw reader.Error($"defence.players[{index}].mark", $"no attacking player #{m} to mark ({Known(attack)})");
            }
        }
        foreach (var (spec, index) in attack.Values)
        {
            for (var a = 0; a < spec.Actions.Count; a++)
            {
                var path = $"attack.players[{index}].actions[{a}]";
                switch (spec.Actions[a])
                {
                    case PassAction { To: { } to }:
                        if (!attack.ContainsKey(to))
                        {
                            throw reader.Error(path + ".pass", $"no attacking player #{to} to pass to ({Known(attack)})");
                        }
                        if (to == spec.Id.Number)
                        {
                            throw reader.Error(path + ".pass", $"#{to} cannot pass to himself");
                        }
                        break;
                    case DribbleAction { Past: { } past } when !defence.ContainsKey(past):
                        throw reader.Error(path + ".past", $"no defending player #{past} to dribble past ({Known(defence)})");
                    case WaitAction { Condition.Player: { } who } wait:
                        if (!attack.ContainsKey(who))
                        {
                            throw reader.Error(path + ".wait.player", $"no attacking player #{who} to wait for ({Known(attack)})");
                        }
                        if (who == spec.Id.Number)
                        {
                            throw reader.Error(path + ".wait.player", $"#{who} waits for himself: the wait can never be satisfied");
                        }
                        CheckSatisfiable(attack[who].Spec, wait.Condition, path, reader);
                        break;
                }
            }
        }
        CheckDeadlock(attack, play.BallHolder, reader);
        WarnUnservedReceives(attack, play.BallHolder, reader);
    }

    /// <summary>
    /// A receive waits for a pass played to the player; one beyond the passes the scripts play to him (counting the ball
    /// the holder starts with, if he receives before playing it) is served only by a loose ball, if ever: warn.
    /// </summary>
    private static void WarnUnservedReceives(Dictionary<int, (PlayerSpec Spec, int Index)> attack, int ballHolder, PlayFileReader reader)
    {
        foreach (var (spec, index) in attack.Values.OrderBy(v => v.Index))
        {
            var n = spec.Id.Number;
            var passesTo = attack.Values.Sum(v => v.Spec.Actions.Count(a => a is PassAction { To: { } to } && to == n));
            var startsWithIt = n == ballHolder && spec.Actions.FirstOrDefault(a => a is ReceiveAction or PassAction or ShootAction or DribbleAction) is ReceiveAction;
            var served = passesTo + (startsWithIt ? 1 : 0);
            var receives = 0;
            for (var a = 0; a < spec.Actions.Count; a++)
            {
                if (spec.Actions[a] is ReceiveAction && ++receives > served)
                {
                    reader.Warn($"attack.players[{index}].actions[{a}]", passesTo == 0
                        ? $"#{n} waits to receive, but no script passes to #{n}: only a loose ball can reach him"
                        : string.Create(CultureInfo.InvariantCulture, $"receive number {receives} of #{n}, but the scripts pass to him only {passesTo} time{(passesTo == 1 ? "" : "s")}"));
                }
            }
        }
    }

    /// <summary>
    /// Plays the scripts forward on paper: each scripted attacker reaches his start and the end of every run or
    /// dribble up to his first wait that nothing so far satisfies: a wait on a teammate's position, or a receive
    /// before anyone has played the ball to him (or into space). If some waits stay blocked once no one can
    /// progress, they wait on each other (a deadlock) and the play is refused.
    /// </summary>
    private static void CheckDeadlock(Dictionary<int, (PlayerSpec Spec, int Index)> attack, int ballHolder, PlayFileReader reader)
    {
        var scripted = attack.Values.Where(v => v.Spec.Actions.Count > 0).OrderBy(v => v.Index).ToList();
        var next = scripted.ToDictionary(v => v.Spec.Id.Number, _ => 0);
        var reached = attack.Values.ToDictionary(v => v.Spec.Id.Number, v => new List<Vec2> { v.Spec.Start });
        // Who will have the ball: its holder, the teammate it was played to, or anyone (loose, played into space).
        int? ballTo = ballHolder;
        var loose = false;
        bool progress;
        do
        {
            progress = false;
            foreach (var (spec, _) in scripted)
            {
                var n = spec.Id.Number;
                while (next[n] < spec.Actions.Count)
                {
                    var action = spec.Actions[next[n]];
                    if (action is WaitAction { Condition.Player: { } who } wait && !Reached(reached[who], wait.Condition))
                    {
                        break;
                    }
                    if (action is ReceiveAction && ballTo != n && !loose)
                    {
                        break;
                    }
                    switch (action)
                    {
                        case RunAction r:
                            reached[n].Add(r.To);
                            break;
                        case DribbleAction d:
                            reached[n].Add(d.To);
                            break;
                        case ReceiveAction:
                            (ballTo, loose) = (n, false);
                            break;
                        case PassAction { To: { } to } when ballTo == n || loose:
                            (ballTo, loose) = (to, false);
                            break;
                        case PassAction or ShootAction when ballTo == n || loose:
                            (ballTo, loose) = (null, true);
                            break;
                    }
                    next[n]++;
                    progress = true;
                }
            }
        }
        while (progress);
        var blocked = scripted.Where(v => next[v.Spec.Id.Number] < v.Spec.Actions.Count).ToList();
        if (blocked.Count == 0)
        {
            return;
        }
        var cycle = string.Join(" while ", blocked.Select(v =>
        {
            var i = next[v.Spec.Id.Number];
            return v.Spec.Actions[i] is WaitAction w
                ? $"#{v.Spec.Id.Number} waits for '{w.Condition.Describe()}' (actions[{i}])"
                : $"#{v.Spec.Id.Number} waits to receive the ball (actions[{i}]), which no script plays to him before that";
        }));
        var first = blocked[0];
        var what = first.Spec.Actions[next[first.Spec.Id.Number]] is WaitAction ? ".wait" : "";
        throw reader.Error($"attack.players[{first.Index}].actions[{next[first.Spec.Id.Number]}]{what}", $"the waits form a deadlock: {cycle}, and no one else moves either of them");
    }

    /// <summary>Law 15-17: a throw-in is taken from the touch line, a goal kick from the goal area, a corner from the corner arc.</summary>
    private static void CheckRestart(Play play, PlayerSpec holder, PlayFileReader reader)
    {
        var at = holder.Start;
        var (ok, where) = play.Restart switch
        {
            Restart.ThrowIn => (at.Y <= RestartTolerance || at.Y >= Pitch.Width - RestartTolerance, "on a touch line (y = 0 or y = 68)"),
            Restart.GoalKick => (at.X <= Pitch.GoalAreaDepth && Math.Abs(at.Y - Pitch.CentreY) <= Pitch.GoalAreaWidth / 2, "inside the attack's own goal area (x ≤ 5.5, y within 9.16 m of 34)"),
            Restart.CornerKick => (Math.Min(at.DistanceTo(new Vec2(Pitch.Length, 0)), at.DistanceTo(new Vec2(Pitch.Length, Pitch.Width))) <= Pitch.CornerArcRadius + RestartTolerance,
                "at a corner arc of the end the attack plays towards ((105, 0) or (105, 68))"),
            _ => (true, ""),
        };
        if (!ok)
        {
            throw reader.Error("restart", string.Create(CultureInfo.InvariantCulture,
                $"a {Laws.Describe(play.Restart)} is taken {where}, but the ball holder #{holder.Id.Number} stands at {at}"));
        }
    }

    /// <summary>Laws 13, 15-17: an opponent placed nearer the restart than the Laws allow is moved back when the play starts: say so.</summary>
    private static void WarnOpponentsTooClose(Play play, PlayerSpec holder, Dictionary<int, (PlayerSpec Spec, int Index)> defence, PlayFileReader reader)
    {
        if (play.Restart == Restart.OpenPlay)
        {
            return;
        }
        var ball = SetPieces.BallSpot(play.Restart, holder.Start);
        foreach (var (spec, index) in defence.Values.OrderBy(v => v.Index))
        {
            var allowed = SetPieces.KeepAway(play.Restart, ball, spec.Start);
            if (allowed.DistanceTo(spec.Start) > 1e-6)
            {
                reader.Warn($"defence.players[{index}].at", string.Create(CultureInfo.InvariantCulture,
                    $"{spec.Id} stands too near the {Laws.Describe(play.Restart)} at {spec.Start} (the Laws keep him {(play.Restart == Restart.GoalKick ? "outside the penalty area" : play.Restart == Restart.ThrowIn ? "2 m away" : "9.15 m away")} until the ball is in play): he starts at {allowed}"));
            }
        }
    }

    /// <summary>Two players cannot stand on the same spot: the duel and control rules would pick between them arbitrarily.</summary>
    private static void CheckSpacing(Play play, Dictionary<int, (PlayerSpec Spec, int Index)> attack, Dictionary<int, (PlayerSpec Spec, int Index)> defence, PlayFileReader reader)
    {
        var players = play.Players;
        for (var i = 0; i < players.Count; i++)
        {
            for (var j = i + 1; j < players.Count; j++)
            {
                if (players[i].Start.DistanceTo(players[j].Start) < MinimumSpacing)
                {
                    var (team, index) = players[j].Id.Side == Side.Attack ? ("attack", attack[players[j].Id.Number].Index) : ("defence", defence[players[j].Id.Number].Index);
                    throw reader.Error($"{team}.players[{index}].at", string.Create(CultureInfo.InvariantCulture,
                        $"{players[j].Id} stands on the same spot as {players[i].Id} at {players[i].Start}: players need at least {MinimumSpacing} m between them"));
                }
            }
        }
    }

    private static bool Reached(List<Vec2> points, WaitCondition condition)
    {
        for (var i = 0; i < points.Count; i++)
        {
            if (condition.IsSatisfiedAt(points[i]))
            {
                return true;
            }
            if (i > 0)
            {
                for (var k = 1; k < 20; k++)
                {
                    if (condition.IsSatisfiedAt(points[i - 1] + ((points[i] - points[i - 1]) * (k / 20.0))))
                    {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static void CheckTeam(Dictionary<int, (PlayerSpec Spec, int Index)> team, string name, PlayFileReader reader)
    {
        if (team.Count > 11)
        {
            throw reader.Error($"{name}.players", $"{team.Count} players: a team has at most 11 (Law 3)");
        }
        var keepers = team.Values.Where(v => v.Spec.Role == Role.Goalkeeper).ToList();
        if (keepers.Count > 1)
        {
            throw reader.Error($"{name}.players[{keepers[1].Index}].role", "a team has one goalkeeper (Law 3)");
        }
    }

    /// <summary>A positional wait is satisfiable only if the awaited player stands, runs or dribbles somewhere that satisfies it.</summary>
    private static void CheckSatisfiable(PlayerSpec awaited, WaitCondition condition, string path, PlayFileReader reader)
    {
        var points = new List<Vec2> { awaited.Start };
        foreach (var action in awaited.Actions)
        {
            switch (action)
            {
                case RunAction r:
                    points.Add(r.To);
                    break;
                case DribbleAction d:
                    points.Add(d.To);
                    break;
            }
        }
        // A receiver is drawn towards the ball, so a point he only passes through between waypoints also counts.
        for (var i = 1; i < points.Count; i++)
        {
            var a = points[i - 1];
            var b = points[i];
            for (var k = 1; k <= 20; k++)
            {
                if (condition.IsSatisfiedAt(a + ((b - a) * (k / 20.0))))
                {
                    return;
                }
            }
        }
        if (points.Any(condition.IsSatisfiedAt))
        {
            return;
        }
        var furthest = points.MaxBy(p => p.X);
        throw reader.Error(path + ".wait", string.Create(CultureInfo.InvariantCulture,
            $"the wait can never be satisfied: #{awaited.Id.Number} never gets to '{condition.Describe()}' (his script takes him no further than {furthest})"));
    }

    private static string Known(Dictionary<int, (PlayerSpec Spec, int Index)> team) =>
        "players are " + string.Join(", ", team.Keys.Order().Select(n => "#" + n.ToString(CultureInfo.InvariantCulture)));
}
