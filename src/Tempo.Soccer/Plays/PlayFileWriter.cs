using System.Globalization;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace Tempo.Soccer.Plays;

/// <summary>
/// Writes a <see cref="Play"/> as a play file (docs/play-file.md) that <see cref="PlayFile.Parse"/> reads back to the
/// same play. The output is deterministic: keys in the schema's order, numbers in their shortest round-trip form,
/// values equal to the reader's defaults left out. Each field is written in one place: the tables below.
/// </summary>
public static class PlayFileWriter
{
    private static readonly Play DefaultPlay = new() { Name = "", BallHolder = 0, Players = [] };
    private static readonly PlayerSpec DefaultPlayer = new() { Id = default, Role = default, Start = default };
    private static readonly PhysicsParameters DefaultPhysics = new();

    /// <summary>Top-level keys in file order; a null value leaves the key out.</summary>
    private static readonly (string Key, Func<Play, YamlNode?> Value)[] PlayFields =
    [
        ("name", p => Text(p.Name)),
        ("description", p => p.Description.Length > 0 ? Text(p.Description) : null),
        ("seed", p => Number(p.Seed)),
        ("horizon", p => Number(p.Horizon)),
        ("patience", p => Number(p.Patience)),
        ("restart", p => p.Restart != DefaultPlay.Restart ? Text(RestartNames.NameOf(p.Restart)) : null),
        ("physics", p => Physics(p.Physics)),
        ("attack", p => Team(p, Side.Attack, p.AttackName)),
        ("defence", p => Team(p, Side.Defence, p.DefenceName)),
    ];

    /// <summary>A player's keys in file order; a null value leaves the key out.</summary>
    private static readonly (string Key, Func<PlayerSpec, YamlNode?> Value)[] PlayerFields =
    [
        ("number", s => Number(s.Id.Number)),
        ("role", s => Text(s.Role.ToString().ToLowerInvariant())),
        ("at", s => Point(s.Start)),
        ("reaction", s => s.ReactionTime is { } r ? Number(r) : null),
        ("max_speed", s => s.MaxSpeed is { } v ? Number(v) : null),
        ("duel", s => s.Duel != DefaultPlayer.Duel ? Number(s.Duel) : null),
        ("behaviour", s => s.Id.Side == Side.Defence ? Text(s.Behaviour.ToString().ToLowerInvariant()) : null),
        ("mark", s => s.MarkTarget is { } m ? Number(m) : null),
        ("actions", s => s.Actions.Count > 0 ? new YamlSequenceNode(s.Actions.Select(Action)) : null),
    ];

    /// <summary>The physics keys; each is written only when it differs from the default.</summary>
    private static readonly (string Key, Func<PhysicsParameters, double> Value)[] PhysicsFields =
    [
        ("max_speed", p => p.MaxSpeed),
        ("tau", p => p.Tau),
        ("reaction_time", p => p.ReactionTime),
        ("ball_deceleration", p => p.BallDeceleration),
        ("min_pass_speed", p => p.MinPassSpeed),
        ("max_pass_speed", p => p.MaxPassSpeed),
        ("pass_arrival_speed", p => p.PassArrivalSpeed),
        ("shot_speed", p => p.ShotSpeed),
        ("control_radius", p => p.ControlRadius),
        ("goalkeeper_reach", p => p.GoalkeeperReach),
        ("tackle_range", p => p.TackleRange),
        ("dribble_speed_factor", p => p.DribbleSpeedFactor),
        ("beaten_recovery", p => p.BeatenRecovery),
        ("time_step", p => p.TimeStep),
        ("foot_reach", p => p.FootReach),
        ("head_reach", p => p.HeadReach),
        ("goalkeeper_reach_height", p => p.GoalkeeperReachHeight),
        ("header_speed", p => p.HeaderSpeed),
        ("body_reach", p => p.BodyReach),
        ("goalkeeper_stand_reach", p => p.GoalkeeperStandReach),
        ("goalkeeper_dive_speed", p => p.GoalkeeperDiveSpeed),
        ("goalkeeper_push_off", p => p.GoalkeeperPushOff),
    ];

    /// <summary>The play as play-file text (YAML).</summary>
    public static string Write(Play play)
    {
        ArgumentNullException.ThrowIfNull(play);
        var stream = new YamlStream(new YamlDocument(Mapping(PlayFields, play)));
        using var text = new StringWriter(CultureInfo.InvariantCulture) { NewLine = "\n" };
        stream.Save(text, assignAnchors: false);
        var yaml = text.ToString();
        // YamlDotNet ends the document with an explicit "..." marker, which a file that holds one play does not need.
        return yaml.EndsWith("...\n", StringComparison.Ordinal) ? yaml[..^4] : yaml;
    }

    private static YamlMappingNode Mapping<T>((string Key, Func<T, YamlNode?> Value)[] fields, T value)
    {
        var map = new YamlMappingNode();
        foreach (var (key, write) in fields)
        {
            if (write(value) is { } node)
            {
                map.Add(key, node);
            }
        }
        return map;
    }

    private static YamlMappingNode Team(Play play, Side side, string name)
    {
        var team = new YamlMappingNode { { "name", Text(name) } };
        if ((side == Side.Attack ? play.Colours.Attack : play.Colours.Defence) is { } colour)
        {
            team.Add(TeamColours.Key, Text(colour));
        }
        if (side == Side.Attack)
        {
            team.Add("ball", Number(play.BallHolder));
        }
        team.Add("players", new YamlSequenceNode(play.Players.Where(p => p.Id.Side == side).Select(Player)));
        return team;
    }

    private static YamlMappingNode Player(PlayerSpec spec)
    {
        var node = Mapping(PlayerFields, spec);
        // A player with no script fits on one line, as in plays/book.yaml.
        node.Style = spec.Actions.Count == 0 ? MappingStyle.Flow : MappingStyle.Block;
        return node;
    }

    private static YamlNode? Physics(PhysicsParameters physics)
    {
        var map = new YamlMappingNode();
        foreach (var (key, value) in PhysicsFields)
        {
            if (value(physics) != value(DefaultPhysics))
            {
                map.Add(key, Number(value(physics)));
            }
        }
        return map.Children.Count > 0 ? map : null;
    }

    private static YamlNode Action(PlayAction action) => action switch
    {
        ReceiveAction => Text("receive"),
        PassAction { To: { } to } pass => With(new YamlMappingNode { { "pass", Number(to) } }, ("at", pass.Point is { } at ? Point(at) : null), ("speed", Optional(pass.Speed)), ("height", Height(pass.Height))),
        PassAction pass => With(new YamlMappingNode { { "pass", Point(pass.Point ?? default) } }, ("speed", Optional(pass.Speed)), ("height", Height(pass.Height))),
        RunAction run => With(new YamlMappingNode { { "run", Point(run.To) } }, ("effort", run.Effort != 1.0 ? Number(run.Effort) : null), ("through", run.Through ? Text("true") : null)),
        DribbleAction dribble => With(new YamlMappingNode { { "dribble", Point(dribble.To) } }, ("past", dribble.Past is { } past ? Number(past) : null), ("effort", dribble.Effort != 1.0 ? Number(dribble.Effort) : null), ("through", dribble.Through ? Text("true") : null)),
        ShootAction shot => With(new YamlMappingNode { { "shoot", shot.Target == Pitch.AttackedGoal ? Text("goal") : Point(shot.Target) } }, ("speed", Optional(shot.Speed)), ("height", Height(shot.Height))),
        WaitAction wait => new YamlMappingNode { { "wait", Wait(wait.Condition) } },
        _ => throw new ArgumentException($"no play-file form for the action '{action.Describe()}'", nameof(action)),
    };

    private static YamlNode? Optional(double? value) => value is { } v ? Number(v) : null;

    /// <summary>A pass's or shot's height as the play file says it (ground, low, high), or nothing when it is left to the player.</summary>
    private static YamlNode? Height(PassHeight? height) => height is { } h ? Text(h.ToString().ToLowerInvariant()) : null;

    /// <summary>The action's mapping with each optional key that has a value.</summary>
    private static YamlMappingNode With(YamlMappingNode map, params (string Key, YamlNode? Value)[] keys)
    {
        foreach (var (key, value) in keys)
        {
            if (value is not null)
            {
                map.Add(key, value);
            }
        }
        return map;
    }

    private static YamlMappingNode Wait(WaitCondition condition)
    {
        var map = new YamlMappingNode { Style = MappingStyle.Flow };
        if (condition.Seconds is { } seconds)
        {
            map.Add("seconds", Number(seconds));
            return map;
        }
        map.Add("player", Number(condition.Player ?? 0));
        if (condition.PastX is { } x)
        {
            map.Add("past_x", Number(x));
        }
        else if (condition.InPenaltyArea)
        {
            map.Add("in", Text("penalty_area"));
        }
        else if (condition.Near is { } near)
        {
            map.Add("near", Point(near));
            map.Add("within", Number(condition.Within));
        }
        return map;
    }

    private static YamlSequenceNode Point(Vec2 p) => new(Number(p.X), Number(p.Y)) { Style = SequenceStyle.Flow };

    private static YamlScalarNode Number(double value) => new(value.ToString("R", CultureInfo.InvariantCulture));

    private static YamlScalarNode Text(string value) => new(value);
}
