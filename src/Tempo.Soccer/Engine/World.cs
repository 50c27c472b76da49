using System.Globalization;
using System.Runtime.CompilerServices;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Engine;

/// <summary>
/// The physical world of a play: 22 players, the ball, the Laws, the event log. Lines of control
/// set intentions (run targets, kicks, tackles); the world integrates motion in fixed steps up to
/// the virtual time they ask for (<see cref="AdvanceTo"/>), so it does not matter which line wakes first.
/// </summary>
internal sealed partial class World
{
    internal const double BrakingDeceleration = 5.0;
    private const double KickerIgnoreSeconds = 0.3;

    /// <summary>A keeper keeps out a ball struck at his body this often (one at his fingertips never).</summary>
    private const double SaveProbabilityNear = 0.95;

    // One stream per player, drawn from the run's seed: a change in one player's choices (a duel he no longer
    // fights) does not reshuffle everyone else's luck, so seeds and sweep variations compare like with like.
    // The seeds are drawn up front; a stream is made only for a player who needs one (most never duel or dive).
    private readonly int[] _luckSeeds;
    private readonly Random?[] _luck;
    private readonly PlayerState[] _players;
    private readonly EventLog _log = new();
    private readonly FrameRecorder _frames;
    private readonly Vec2[] _defenderPositions;
    private readonly int[] _defenderNumbers;
    private readonly Action<double, string>? _ballStateChanged;
    private string _ballActivity = "";
    private int _kicker = -1;
    private double _kickTime;
    private int _kickEvent = -1;
    private OffsideCall? _pendingOffside;
    private bool _firstKick = true;
    private bool _restartPending;
    private readonly HashSet<int> _beatenKeepers = [];
    private readonly bool _recordDetail;
    private readonly double _speedDecay;
    private readonly double _drag;

    /// <param name="play">The play: its players, their starting places, who has the ball, the physics.</param>
    /// <param name="random">The run's random source; each player's own stream is seeded from it.</param>
    /// <param name="recordDetail">
    /// False keeps only what decides the outcome and the event log's types, players and texts (what a sweep reads):
    /// no frames after the first, no event <see cref="PlayEvent.Data"/>.
    /// </param>
    /// <param name="ballStateChanged">Told the world time and the ball's new state ("with #10", "pass #2→#10", "in the net") whenever it changes.</param>
    public World(Play play, Random random, bool recordDetail = true, Action<double, string>? ballStateChanged = null)
    {
        _recordDetail = recordDetail;
        _ballStateChanged = ballStateChanged;
        _frames = new FrameRecorder(_recordDetail);
        _speedDecay = Math.Exp(-play.Physics.TimeStep / play.Physics.Tau);
        _drag = BallFlight.DragFactor(play.Physics);
        Play = play;
        Physics = play.Physics;
        ArgumentNullException.ThrowIfNull(random);
        _players = new PlayerState[play.Players.Count];
        _luckSeeds = new int[_players.Length];
        _luck = new Random?[_players.Length];
        var defenders = 0;
        for (var i = 0; i < _players.Length; i++)
        {
            _players[i] = new PlayerState(i, play.Players[i], Physics);
            _luckSeeds[i] = random.Next();
            defenders += _players[i].Id.Side == Side.Defence ? 1 : 0;
        }
        Players = new PlayerList(_players);
        _defenderPositions = new Vec2[defenders];
        _defenderNumbers = new int[defenders];
        var k = 0;
        foreach (var p in _players)
        {
            if (p.Id.Side == Side.Defence)
            {
                _defenderNumbers[k++] = p.Id.Number;
            }
        }
        Holder = Find(new PlayerId(Side.Attack, play.BallHolder)) ?? throw new ArgumentException($"no attacking player #{play.BallHolder}", nameof(play));
        // A restart is taken from its place by the Laws (the ball in the corner arc, in the goal area...), and the
        // opponents start where the Laws let them stand; open play keeps the ball at the holder's feet.
        _restartPending = play.Restart != Restart.OpenPlay;
        BallPosition = _restartPending ? SetPieces.BallSpot(play.Restart, Holder.Position) : Holder.Position + new Vec2(0.4, 0);
        KeepOpponentsAway();
        LastTouch = Holder;
        SetBallActivity($"with {Holder.Id}");
        RecordFrame();
    }

    public Play Play { get; }

    public PhysicsParameters Physics { get; }

    public PlayerList Players { get; }

    /// <summary>Virtual seconds simulated so far.</summary>
    public double Time { get; private set; }

    public Vec2 BallPosition { get; private set; }

    public Vec2 BallVelocity { get; private set; }

    /// <summary>Height of the ball's centre above the grass, metres (0 while it rolls or is held).</summary>
    public double BallHeight { get; private set; }

    /// <summary>The ball's vertical speed, m/s (up is positive; 0 while it rolls or is held).</summary>
    public double BallVerticalSpeed { get; private set; }

    /// <summary>Who has the ball under control; null while it is loose or in flight.</summary>
    public PlayerState? Holder { get; private set; }

    public PlayerState? LastTouch { get; private set; }

    /// <summary>Whom the ball in flight is meant for.</summary>
    public PlayerState? IntendedRecipient { get; private set; }

    /// <summary>True while the ball in flight is a shot.</summary>
    public bool ShotInFlight { get; private set; }

    /// <summary>Virtual time at which the ball in flight reaches the point it was played to (or stops).</summary>
    public double PassArrival { get; private set; }

    /// <summary>Incremented at every kick; lines use it to notice a new pass.</summary>
    public int KickCount { get; private set; }

    public PlayOutcome? Outcome { get; private set; }

    public bool Over => Outcome is not null;

    public IReadOnlyList<PlayEvent> Events => _log.Events;

    public IReadOnlyList<Frame> Frames => _frames.Frames;

    public PlayerState? Find(PlayerId id)
    {
        foreach (var p in _players)
        {
            if (p.Id == id)
            {
                return p;
            }
        }
        return null;
    }

    /// <summary>Integrates motion and applies the Laws in fixed steps until <paramref name="seconds"/>, or until the play is over.</summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void AdvanceTo(double seconds)
    {
        var dt = Physics.TimeStep;
        while (!Over && Time + dt <= seconds + 1e-9)
        {
            Step(dt);
        }
        if (!Over && Time >= Play.Horizon - 1e-9)
        {
            Finish(false, null, "horizon", $"nothing decided the play within {Play.Horizon:0.#} s", Time);
        }
    }

    /// <summary>Adds a log entry and returns its index.</summary>
    public int Log(PlayEventType type, PlayerState? player, string text, Vec2? location = null, IReadOnlyDictionary<string, string>? data = null, double? speed = null, string? outcome = null) =>
        _log.Add(new PlayEvent
        {
            Index = _log.Count,
            Time = Time,
            Type = type,
            Player = player?.Id,
            Location = location ?? player?.Position,
            Text = text,
            Data = data ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty,
            Speed = speed,
            Outcome = outcome,
        });

    /// <summary>Completes the logged pass or shot in flight: where the ball ended, how long it travelled, and (when given) how it ended.</summary>
    private void EndFlight(Vec2 end, string? outcome = null)
    {
        if (_kickEvent >= 0)
        {
            var duration = Time - _kickTime;
            _log.Update(_kickEvent, e => e with { EndLocation = end, Duration = duration, Outcome = outcome ?? e.Outcome });
        }
    }

    /// <summary>How the logged pass or shot in flight ended, once the flight is over.</summary>
    private void RuleFlight(string outcome)
    {
        if (_kickEvent >= 0)
        {
            _log.Update(_kickEvent, e => e with { Outcome = outcome });
        }
    }

    /// <summary>
    /// The holder passes (or shoots) the ball towards a point at a speed, along the ground or in the air (<paramref name="height"/>);
    /// offside is judged now, at the moment the ball is played. A ball he took in the air a moment ago is played first
    /// time from that height: a header above his foot's reach, else a volley.
    /// </summary>
    public void Kick(PlayerState from, Vec2 target, double speed, PlayerState? recipient, bool shot, PassHeight height = PassHeight.Ground)
    {
        if (Holder != from)
        {
            throw new InvalidOperationException($"{from.Id} does not have the ball");
        }
        var direction = (target - BallPosition).Normalized();
        var restart = _firstKick ? Play.Restart : Restart.OpenPlay;
        _firstKick = false;
        _restartPending = false;
        Holder = null;
        LastTouch = from;
        _kicker = from.Index;
        _kickTime = Time;
        KickCount++;
        IntendedRecipient = recipient;
        ShotInFlight = shot;
        _beatenKeepers.Clear();
        if (shot)
        {
            NoteStandingAtShot();
        }
        var (launchHeight, header) = FirstTimeHeight(from);
        if (header)
        {
            speed = Math.Min(speed, Physics.HeaderSpeed);
        }
        Launch(target, direction, speed, shot, height, launchHeight);
        var travel = BallTravelTime(BallPosition.DistanceTo(target), speed);
        PassArrival = height == PassHeight.Ground && launchHeight == 0
            ? Time + (double.IsFinite(travel) ? travel : speed / Physics.BallDeceleration)
            : Time + AirborneArrival(target);
        var location = BallPosition;
        _pendingOffside = null;
        if (recipient is not null && recipient.Id.Side == from.Id.Side && from.Id.Side == Side.Attack)
        {
            var call = JudgeOffside(recipient, restart);
            _pendingOffside = call;
            Log(call.Offside ? PlayEventType.OffsidePosition : PlayEventType.Onside, recipient, $"{recipient.Id} {(call.Offside ? "is in an offside position" : "is onside")}: {call.Reason}", recipient.Position, _recordDetail ? OffsideData(call, restart) : null);
        }
        if (shot)
        {
            var how = header ? "heads at goal" : launchHeight > 0 ? "volleys at goal" : "shoots";
            _kickEvent = Log(PlayEventType.Shot, from, $"{from.Id} {how}", location, _recordDetail ? new Dictionary<string, string> { ["target"] = target.ToString() } : null, speed);
            _log.Update(_kickEvent, e => e with { EndLocation = target, Height = height, BodyPart = BodyPart(launchHeight) });
            SetBallActivity($"shot by {from.Id}");
        }
        else
        {
            var verb = header ? "heads the ball" : height == PassHeight.Ground ? "passes" : $"plays a {(height == PassHeight.High ? "lofted" : "low")} ball";
            var text = recipient is null ? $"{from.Id} {verb} into {target}" : $"{from.Id} {verb} to {recipient.Id}";
            _kickEvent = Log(PlayEventType.Pass, from, text, location, speed: speed);
            _log.Update(_kickEvent, e => e with { Recipient = recipient?.Id, EndLocation = target, Height = height, BodyPart = BodyPart(launchHeight) });
            SetBallActivity(recipient is null ? $"pass from {from.Id}" : $"pass {from.Id}→{recipient.Id}");
        }
    }

    /// <summary>Ends the play for a reason a line of control found (e.g. the scorer gave up waiting).</summary>
    public void GiveUp(PlayerState player, string what)
    {
        Log(PlayEventType.GaveUp, player, $"{player.Id} gave up waiting for {what}");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Step(double dt)
    {
        foreach (var p in _players)
        {
            MovePlayer(p, dt);
        }
        KeepOpponentsAway();
        var previous = BallPosition;
        var previousHeight = BallHeight;
        if (_restartPending)
        {
            BallVelocity = default;
        }
        else if (Holder is { } h)
        {
            BallPosition = Clamp(h.Position + (h.Heading * 0.4));
            BallVelocity = h.Velocity;
            BallHeight = 0;
            BallVerticalSpeed = 0;
        }
        else if (BallHeight > 0 || BallVerticalSpeed > 0)
        {
            var next = BallFlight.Step(new BallState(BallPosition, BallHeight, BallVelocity, BallVerticalSpeed), dt, Physics, _drag);
            (BallPosition, BallHeight, BallVelocity, BallVerticalSpeed) = (next.Position, next.Height, next.Velocity, next.VerticalSpeed);
        }
        else
        {
            var speed = BallVelocity.Length;
            if (speed > 0)
            {
                var next = Math.Max(0, speed - (Physics.BallDeceleration * dt));
                BallPosition += BallVelocity.Normalized() * ((speed + next) / 2 * dt);
                BallVelocity = BallVelocity.Normalized() * next;
            }
        }
        Time += dt;
        if (Holder is null)
        {
            JudgeLooseBall(previous, previousHeight);
        }
        _frames.Tick(Time, _players, BallPosition, BallHeight, Holder);
    }

    /// <summary>Until a restart's ball is in play, the Laws keep the defence 9.15 m away (outside the area at a goal kick).</summary>
    private void KeepOpponentsAway()
    {
        if (!_restartPending)
        {
            return;
        }
        foreach (var p in _players)
        {
            if (p.Id.Side == Side.Defence)
            {
                p.Position = SetPieces.KeepAway(Play.Restart, BallPosition, p.Position);
            }
        }
    }

    private void Finish(bool goal, PlayerId? scorer, string kind, string reason, double time)
    {
        if (Over)
        {
            return;
        }
        if (kind == "horizon")
        {
            Log(PlayEventType.Horizon, null, reason, BallPosition);
        }
        Outcome = new PlayOutcome(goal, scorer, goal ? Play.AttackName : (Holder?.Id.Side == Side.Defence ? Play.DefenceName : Play.AttackName), time, kind, reason);
        RecordFrame();
    }

    private void SetBallActivity(string label)
    {
        if (_ballActivity == label)
        {
            return;
        }
        _ballActivity = label;
        _ballStateChanged?.Invoke(Time, label);
    }

    /// <summary>Ends the play for a reason found outside the physics (a deadlock, the horizon); does nothing if it is already over.</summary>
    public void Abandon(string kind, string reason)
    {
        if (kind == "deadlock" && !Over)
        {
            Log(PlayEventType.Deadlock, null, reason, BallPosition);
        }
        Finish(false, null, kind, reason, Time);
    }

    private void RecordFrame() => _frames.Record(Time, _players, BallPosition, BallHeight, Holder);

    /// <summary>The player's own random stream, made the first time he needs one.</summary>
    private Random Luck(PlayerState p) => _luck[p.Index] ??= new Random(_luckSeeds[p.Index]);

}
