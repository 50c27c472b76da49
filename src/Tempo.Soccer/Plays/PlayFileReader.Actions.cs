using System.Globalization;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;
using YamlDotNet.RepresentationModel;

namespace Tempo.Soccer.Plays;

/// <summary>The attackers' scripts: one action per list entry, and the conditions a wait names.</summary>
internal sealed partial class PlayFileReader
{
    private static readonly string[] ActionKinds = ["run", "pass", "dribble", "shoot", "receive", "wait"];

    /// <summary>Slowest and fastest ball speed off the foot (m/s) a pass or shot may give: a tap to the hardest shots measured (about 37 m/s).</summary>
    private const double MinKickSpeed = 1, MaxKickSpeed = 45;

    private PlayAction ReadAction(YamlNode node, string path)
    {
        Remember(node, path);
        if (node is YamlScalarNode s)
        {
            return s.Value == "receive" ? new ReceiveAction() : throw Error(node, path, $"'{s.Value}' is not an action (expected {string.Join(", ", ActionKinds)})");
        }
        if (node is not YamlMappingNode map)
        {
            throw Error(node, path, $"expected an action: {string.Join(", ", ActionKinds)}");
        }
        var kind = ActionKinds.Where(k => Child(map, path, k) is not null).ToList();
        if (kind.Count != 1)
        {
            var typed = map.Children.Keys.Select(k => (k as YamlScalarNode)?.Value ?? "?").FirstOrDefault(k => k is not ("effort" or "past" or "at" or "speed" or "through" or "height")) ?? "(nothing)";
            throw Error(map, path, kind.Count == 0
                ? $"'{typed}' is not an action (expected {string.Join(", ", ActionKinds)})"
                : $"one action per entry, found {string.Join(" and ", kind)}");
        }
        var key = kind[0];
        var value = Child(map, path, key)!;
        var p = $"{path}.{key}";
        switch (key)
        {
            case "run":
                CheckKeys(map, path, "run", "effort", "through");
                return new RunAction(Point(value, p), OptionalNumber(map, path, "effort", 0.1, 1) ?? 1.0, OptionalFlag(map, path, "through"));
            case "pass":
                CheckKeys(map, path, "pass", "at", "speed", "height");
                var height = OptionalHeight(map, path);
                if (IsNull(value))
                {
                    throw Error(value, p, "the pass names no one: give a teammate's number or a point [x, y]");
                }
                var speed = OptionalNumber(map, path, "speed", MinKickSpeed, MaxKickSpeed);
                if (value is YamlSequenceNode)
                {
                    if (Child(map, path, "at") is { } stray)
                    {
                        throw Error(stray, path + ".at", "'at' names where a teammate takes the pass: it goes with pass: N, not with a point");
                    }
                    return new PassAction(null, Point(value, p), speed, height);
                }
                var at = Child(map, path, "at") is { } atNode ? Point(atNode, path + ".at") : (Vec2?)null;
                return new PassAction(Integer(value, p, 1, 99), at, speed, height);
            case "dribble":
                CheckKeys(map, path, "dribble", "past", "effort", "through");
                int? past = null;
                if (Child(map, path, "past") is { } pastNode)
                {
                    past = Integer(pastNode, path + ".past", 1, 99);
                }
                return new DribbleAction(Point(value, p), past, OptionalNumber(map, path, "effort", 0.1, 1) ?? 1.0, OptionalFlag(map, path, "through"));
            case "shoot":
                CheckKeys(map, path, "shoot", "speed", "height");
                var shotSpeed = OptionalNumber(map, path, "speed", MinKickSpeed, MaxKickSpeed);
                var shotHeight = OptionalHeight(map, path);
                if (value is YamlScalarNode { Value: "goal" })
                {
                    return new ShootAction(Pitch.AttackedGoal, shotSpeed, shotHeight);
                }
                var target = PointAnywhere(value, p);
                if (target.X < Pitch.Length - 1e-9 || target.X > Pitch.Length + 5 || target.Y < 0 || target.Y > Pitch.Width)
                {
                    throw Error(value, p, $"a shot aims at a point on the goal line x = {Pitch.Length} (y 0–{Pitch.Width}), not at {target}");
                }
                if (target.Y < Pitch.LowerPostY || target.Y > Pitch.UpperPostY)
                {
                    Warn(p, string.Create(CultureInfo.InvariantCulture,
                        $"the shot aims at {target}, outside the posts (y {Pitch.LowerPostY:0.##}–{Pitch.UpperPostY:0.##}): it cannot score"));
                }
                return new ShootAction(target, shotSpeed, shotHeight);
            case "receive":
                CheckKeys(map, path, "receive");
                return new ReceiveAction();
            default:
                CheckKeys(map, path, "wait");
                return new WaitAction(ReadWait(value, p));
        }
    }

    /// <summary>A pass's or shot's <c>height:</c> ground, low or high; null when the file leaves it to the player.</summary>
    private PassHeight? OptionalHeight(YamlMappingNode map, string path)
    {
        if (Child(map, path, "height") is not { } node)
        {
            return null;
        }
        Remember(node, path + ".height");
        return Scalar(node, path + ".height") switch
        {
            "ground" => PassHeight.Ground,
            "low" => PassHeight.Low,
            "high" => PassHeight.High,
            var other => throw Error(node, path + ".height", $"'{other}' is not a height (expected ground, low or high)"),
        };
    }

    private WaitCondition ReadWait(YamlNode node, string path)
    {
        if (node is not YamlMappingNode map)
        {
            throw Error(node, path, "expected {player: N, past_x: X} / {player: N, in: penalty_area} / {player: N, near: [x, y], within: M} / {seconds: S}");
        }
        Remember(map, path);
        CheckKeys(map, path, "player", "past_x", "in", "near", "within", "seconds");
        if (Child(map, path, "seconds") is { } sec)
        {
            if (map.Children.Count != 1)
            {
                throw Error(map, path, "a wait for seconds takes no other condition");
            }
            return new WaitCondition { Seconds = Number(sec, path + ".seconds", 0, 600) };
        }
        var playerNode = Child(map, path, "player");
        if (playerNode is null || IsNull(playerNode))
        {
            throw Error(map, path + ".player", "the wait names no one: whom does the player wait for?");
        }
        Remember(playerNode, path + ".player");
        var player = Integer(playerNode, path + ".player", 1, 99);
        var conditions = 0;
        var condition = new WaitCondition { Player = player };
        if (Child(map, path, "past_x") is { } x)
        {
            conditions++;
            condition = condition with { PastX = Number(x, path + ".past_x", double.MinValue, double.MaxValue) };
            Remember(x, path + ".past_x");
        }
        if (Child(map, path, "in") is { } area)
        {
            conditions++;
            if (Scalar(area, path + ".in") != "penalty_area")
            {
                throw Error(area, path + ".in", "only 'penalty_area' (the one the attack plays towards) is known");
            }
            condition = condition with { InPenaltyArea = true };
            Remember(area, path + ".in");
        }
        if (Child(map, path, "near") is { } near)
        {
            conditions++;
            condition = condition with { Near = PointAnywhere(near, path + ".near"), Within = OptionalNumber(map, path, "within", 0.1, 100) ?? 2.0 };
            Remember(near, path + ".near");
        }
        if (conditions != 1)
        {
            throw Error(map, path, conditions == 0 ? "the wait gives no condition: past_x, in or near" : "give exactly one of past_x, in, near");
        }
        return condition;
    }
}
