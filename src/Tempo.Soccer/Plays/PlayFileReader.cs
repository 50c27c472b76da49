using System.Globalization;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tempo.Soccer.Plays;

/// <summary>Walks the YAML tree, remembering where each path came from for later errors.</summary>
internal sealed partial class PlayFileReader(string source)
{
    private readonly Dictionary<string, int> _lines = [];
    private readonly List<PlayFileWarning> _warnings = [];

    /// <summary>What the file says that is allowed but probably not meant, in file order.</summary>
    public IReadOnlyList<PlayFileWarning> Warnings => _warnings;

    /// <summary>Notes a warning about <paramref name="path"/> (its line if known).</summary>
    public void Warn(string path, string message) =>
        _warnings.Add(new PlayFileWarning(Source, _lines.TryGetValue(path, out var line) ? line : 0, path, message));

    public string Source { get; } = source;

    public PlayFileException Error(string path, string reason) =>
        new(Source, _lines.TryGetValue(path, out var line) ? line : 0, path, reason);

    private PlayFileException Error(YamlNode node, string path, string reason) =>
        new(Source, (int)node.Start.Line, path, reason);

    public Play ReadPlay(YamlMappingNode root)
    {
        Remember(root, "(document)");
        CheckKeys(root, "", "name", "description", "seed", "horizon", "patience", "restart", "physics", "attack", "defence");
        var name = OptionalString(root, "", "name") ?? "play";
        var physics = ReadPhysics(Child(root, "", "physics"), "physics");
        var attack = RequiredMapping(root, "", "attack");
        var defence = RequiredMapping(root, "", "defence");
        CheckKeys(attack, "attack", "name", TeamColours.Key, "ball", "players");
        CheckKeys(defence, "defence", "name", TeamColours.Key, "players");
        var players = new List<PlayerSpec>();
        players.AddRange(ReadTeam(attack, "attack", Side.Attack));
        players.AddRange(ReadTeam(defence, "defence", Side.Defence));
        var ballNode = Child(attack, "attack", "ball") ?? throw Error(attack, "attack.ball", "missing: which attacker has the ball at the start");
        return new Play
        {
            Name = name,
            Description = OptionalString(root, "", "description") ?? "",
            Source = Source,
            Seed = (Child(root, "", "seed") is { } seedNode ? Integer(seedNode, "seed", 1, int.MaxValue) : 1),
            Horizon = OptionalNumber(root, "", "horizon", 1, 600) ?? 20,
            Patience = OptionalNumber(root, "", "patience", 0, 600) ?? 8,
            Restart = ReadRestart(Child(root, "", "restart"), "restart"),
            Physics = physics,
            AttackName = OptionalString(attack, "attack", "name") ?? "Attack",
            DefenceName = OptionalString(defence, "defence", "name") ?? "Defence",
            Colours = new TeamColours { Attack = ReadColour(attack, "attack"), Defence = ReadColour(defence, "defence") },
            BallHolder = Integer(ballNode, "attack.ball", 1, 99),
            Players = players,
        };
    }

    private string? ReadColour(YamlMappingNode team, string path)
    {
        if (Child(team, path, TeamColours.Key) is not { } node)
        {
            return null;
        }
        var (colour, problem) = TeamColours.Parse(Scalar(node, $"{path}.{TeamColours.Key}"));
        return colour ?? throw Error(node, $"{path}.{TeamColours.Key}", problem!);
    }

    private List<PlayerSpec> ReadTeam(YamlMappingNode team, string path, Side side)
    {
        var list = RequiredSequence(team, path, "players");
        var result = new List<PlayerSpec>();
        for (var i = 0; i < list.Children.Count; i++)
        {
            var p = $"{path}.players[{i}]";
            if (list.Children[i] is not YamlMappingNode node)
            {
                throw Error(list.Children[i], p, "expected a mapping with number, role and at");
            }
            Remember(node, p);
            result.Add(ReadPlayer(node, p, side));
        }
        return result;
    }

    private PlayerSpec ReadPlayer(YamlMappingNode node, string path, Side side)
    {
        CheckKeys(node, path, "number", "role", "at", "reaction", "max_speed", "duel", "actions", "behaviour", "mark");
        var numberNode = Child(node, path, "number") ?? throw Error(node, path + ".number", "missing: every player needs a shirt number");
        var number = Integer(numberNode, path + ".number", 1, 99);
        var roleNode = Child(node, path, "role") ?? throw Error(node, path + ".role", "missing: goalkeeper, defender, midfielder or forward");
        var role = Scalar(roleNode, path + ".role") switch
        {
            "goalkeeper" => Role.Goalkeeper,
            "defender" => Role.Defender,
            "midfielder" => Role.Midfielder,
            "forward" => Role.Forward,
            var other => throw Error(roleNode, path + ".role", $"'{other}' is not a role (goalkeeper, defender, midfielder, forward)"),
        };
        var atNode = Child(node, path, "at") ?? throw Error(node, path + ".at", "missing: the starting position [x, y] in metres");
        var at = Point(atNode, path + ".at");
        var actions = new List<PlayAction>();
        if (Child(node, path, "actions") is { } actionsNode)
        {
            if (actionsNode is not YamlSequenceNode seq)
            {
                throw Error(actionsNode, path + ".actions", "expected a list of actions");
            }
            if (side == Side.Defence && seq.Children.Count > 0)
            {
                throw Error(actionsNode, path + ".actions", "defending players are not scripted: give them a behaviour (guard, mark, press, hold)");
            }
            for (var i = 0; i < seq.Children.Count; i++)
            {
                actions.Add(ReadAction(seq.Children[i], $"{path}.actions[{i}]"));
            }
        }
        var behaviour = DefenderBehaviour.Guard;
        if (Child(node, path, "behaviour") is { } bNode)
        {
            if (side == Side.Attack)
            {
                throw Error(bNode, path + ".behaviour", "only defending players have a behaviour; attackers are scripted with actions");
            }
            behaviour = Scalar(bNode, path + ".behaviour") switch
            {
                "guard" => DefenderBehaviour.Guard,
                "mark" => DefenderBehaviour.Mark,
                "press" => DefenderBehaviour.Press,
                "hold" => DefenderBehaviour.Hold,
                var other => throw Error(bNode, path + ".behaviour", $"'{other}' is not a behaviour (guard, mark, press, hold)"),
            };
        }
        int? mark = null;
        if (Child(node, path, "mark") is { } mNode)
        {
            mark = Integer(mNode, path + ".mark", 1, 99);
            Remember(mNode, path + ".mark");
        }
        if (behaviour == DefenderBehaviour.Mark && mark is null)
        {
            throw Error(node, path + ".mark", "behaviour 'mark' names no one: add mark: <attacker number>");
        }
        return new PlayerSpec
        {
            Id = new PlayerId(side, number),
            Role = role,
            Start = at,
            ReactionTime = OptionalNumber(node, path, "reaction", 0, 3),
            MaxSpeed = OptionalNumber(node, path, "max_speed", 1, 12),
            Duel = OptionalNumber(node, path, "duel", 0, 1) ?? 0.5,
            Actions = actions,
            Behaviour = behaviour,
            MarkTarget = mark,
        };
    }

    private PhysicsParameters ReadPhysics(YamlNode? node, string path)
    {
        var physics = new PhysicsParameters();
        if (node is null)
        {
            return physics;
        }
        if (node is not YamlMappingNode map)
        {
            throw Error(node, path, "expected a mapping of physics parameters");
        }
        CheckKeys(map, path, "max_speed", "tau", "reaction_time", "ball_deceleration", "min_pass_speed", "max_pass_speed", "pass_arrival_speed", "shot_speed", "control_radius", "goalkeeper_reach", "tackle_range", "dribble_speed_factor", "beaten_recovery", "time_step", "foot_reach", "head_reach", "goalkeeper_reach_height", "header_speed", "body_reach", "goalkeeper_stand_reach", "goalkeeper_dive_speed", "goalkeeper_push_off");
        return physics with
        {
            MaxSpeed = OptionalNumber(map, path, "max_speed", 1, 12) ?? physics.MaxSpeed,
            Tau = OptionalNumber(map, path, "tau", 0.1, 5) ?? physics.Tau,
            ReactionTime = OptionalNumber(map, path, "reaction_time", 0, 3) ?? physics.ReactionTime,
            BallDeceleration = OptionalNumber(map, path, "ball_deceleration", 0.05, 10) ?? physics.BallDeceleration,
            MinPassSpeed = OptionalNumber(map, path, "min_pass_speed", 1, 40) ?? physics.MinPassSpeed,
            MaxPassSpeed = OptionalNumber(map, path, "max_pass_speed", 1, 40) ?? physics.MaxPassSpeed,
            PassArrivalSpeed = OptionalNumber(map, path, "pass_arrival_speed", 0.5, 30) ?? physics.PassArrivalSpeed,
            ShotSpeed = OptionalNumber(map, path, "shot_speed", 5, 45) ?? physics.ShotSpeed,
            ControlRadius = OptionalNumber(map, path, "control_radius", 0.1, 5) ?? physics.ControlRadius,
            GoalkeeperReach = OptionalNumber(map, path, "goalkeeper_reach", 0, 5) ?? physics.GoalkeeperReach,
            TackleRange = OptionalNumber(map, path, "tackle_range", 0.1, 5) ?? physics.TackleRange,
            DribbleSpeedFactor = OptionalNumber(map, path, "dribble_speed_factor", 0.1, 1) ?? physics.DribbleSpeedFactor,
            BeatenRecovery = OptionalNumber(map, path, "beaten_recovery", 0, 10) ?? physics.BeatenRecovery,
            TimeStep = OptionalNumber(map, path, "time_step", 0.001, 0.2) ?? physics.TimeStep,
            FootReach = OptionalNumber(map, path, "foot_reach", 0.2, 2) ?? physics.FootReach,
            HeadReach = OptionalNumber(map, path, "head_reach", 1, 3.5) ?? physics.HeadReach,
            GoalkeeperReachHeight = OptionalNumber(map, path, "goalkeeper_reach_height", 1, 4) ?? physics.GoalkeeperReachHeight,
            HeaderSpeed = OptionalNumber(map, path, "header_speed", 1, 30) ?? physics.HeaderSpeed,
            BodyReach = OptionalNumber(map, path, "body_reach", 0, 2) ?? physics.BodyReach,
            GoalkeeperStandReach = OptionalNumber(map, path, "goalkeeper_stand_reach", 0, 5) ?? physics.GoalkeeperStandReach,
            GoalkeeperDiveSpeed = OptionalNumber(map, path, "goalkeeper_dive_speed", 0.1, 10) ?? physics.GoalkeeperDiveSpeed,
            GoalkeeperPushOff = OptionalNumber(map, path, "goalkeeper_push_off", 0.01, 2) ?? physics.GoalkeeperPushOff,
        };
    }

    private Restart ReadRestart(YamlNode? node, string path)
    {
        if (node is null)
        {
            return Restart.OpenPlay;
        }
        var name = Scalar(node, path);
        return RestartNames.Find(name) ?? throw Error(node, path, $"'{name}' is not a restart ({string.Join(", ", RestartNames.All)})");
    }

    private void Remember(YamlNode node, string path) => _lines[path] = (int)node.Start.Line;

    private void CheckKeys(YamlMappingNode map, string path, params string[] allowed)
    {
        foreach (var key in map.Children.Keys)
        {
            var name = (key as YamlScalarNode)?.Value ?? "?";
            if (Array.IndexOf(allowed, name) < 0)
            {
                throw Error(key, Join(path, name), $"unknown key '{name}' (expected {string.Join(", ", allowed)})");
            }
        }
    }

    private static YamlNode? Child(YamlMappingNode map, string path, string key) =>
        map.Children.TryGetValue(new YamlScalarNode(key), out var value) ? value : null;

    private YamlMappingNode RequiredMapping(YamlMappingNode map, string path, string key)
    {
        var node = Child(map, path, key) ?? throw Error(map, Join(path, key), "missing");
        return node as YamlMappingNode ?? throw Error(node, Join(path, key), "expected a mapping");
    }

    private YamlSequenceNode RequiredSequence(YamlMappingNode map, string path, string key)
    {
        var node = Child(map, path, key) ?? throw Error(map, Join(path, key), "missing: a list of players");
        return node as YamlSequenceNode ?? throw Error(node, Join(path, key), "expected a list");
    }

    private string? OptionalString(YamlMappingNode map, string path, string key) =>
        Child(map, path, key) is { } node ? Scalar(node, Join(path, key)) : null;

    private double? OptionalNumber(YamlMappingNode map, string path, string key, double min, double max) =>
        Child(map, path, key) is { } node ? Number(node, Join(path, key), min, max) : null;

    private bool OptionalFlag(YamlMappingNode map, string path, string key)
    {
        if (Child(map, path, key) is not { } node)
        {
            return false;
        }
        return Scalar(node, Join(path, key)) switch
        {
            "true" => true,
            "false" => false,
            var other => throw Error(node, Join(path, key), $"'{other}' is not true or false"),
        };
    }

    private string Scalar(YamlNode node, string path)
    {
        Remember(node, path);
        return node is YamlScalarNode { Value: { } v } ? v : throw Error(node, path, "expected a single value");
    }

    private static bool IsNull(YamlNode node) =>
        node is YamlScalarNode { Style: not (ScalarStyle.SingleQuoted or ScalarStyle.DoubleQuoted) } s
        && (s.Value is null or "" or "~" or "null");

    private double Number(YamlNode node, string path, double min, double max)
    {
        if (IsNull(node))
        {
            throw Error(node, path, "names no one / nothing: a number is needed");
        }
        var text = Scalar(node, path);
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || !double.IsFinite(value))
        {
            throw Error(node, path, $"'{text}' is not a number");
        }
        if (value < min || value > max)
        {
            throw Error(node, path, string.Create(CultureInfo.InvariantCulture, $"{value} is out of range ({min}–{max})"));
        }
        return value;
    }

    private int Integer(YamlNode node, string path, double min, double max)
    {
        var value = Number(node, path, min, max);
        if (value != Math.Floor(value))
        {
            throw Error(node, path, string.Create(CultureInfo.InvariantCulture, $"{value} is not a whole number"));
        }
        return (int)value;
    }

    private Vec2 PointAnywhere(YamlNode node, string path)
    {
        Remember(node, path);
        if (node is not YamlSequenceNode { Children.Count: 2 } seq)
        {
            throw Error(node, path, "expected a point [x, y] in metres");
        }
        return new Vec2(Number(seq.Children[0], path + "[0]", double.MinValue, double.MaxValue), Number(seq.Children[1], path + "[1]", double.MinValue, double.MaxValue));
    }

    private Vec2 Point(YamlNode node, string path)
    {
        var p = PointAnywhere(node, path);
        if (!Pitch.Contains(p))
        {
            throw Error(node, path, string.Create(CultureInfo.InvariantCulture, $"{p} is off the pitch (x 0–{Pitch.Length}, y 0–{Pitch.Width})"));
        }
        Remember(node, path);
        return p;
    }

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";
}
