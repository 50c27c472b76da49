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
internal sealed class World
{
    private const double FrameInterval = 0.1;
    private const double BrakingDeceleration = 5.0;
    private const double KickerIgnoreSeconds = 0.3;
    private const double SaveProbabilityNear = 0.95;

    // One stream per player, drawn from the run's seed: a change in one player's choices (a duel he no longer
    // fights) does not reshuffle everyone else's luck, so seeds and sweep variations compare like with like.
    // The seeds are drawn up front; a stream is made only for a player who needs one (most never duel or dive).
    private readonly int[] luckSeeds;
    private readonly Random?[] luck;
    private readonly PlayerState[] players;
    private readonly List<PlayEvent> events = [];
    private readonly List<Frame> frames = [];
    private readonly Vec2[] defenderPositions;
    private readonly int[] defenderNumbers;
    private readonly Action<double, string>? ballStateChanged;
    private string ballActivity = "";
    private double nextFrameTime;
    private int kicker = -1;
    private double kickTime;
    private PlayEvent? kickEvent;
    private OffsideCall? pendingOffside;
    private bool firstKick = true;
    private readonly HashSet<int> beatenKeepers = [];
    private readonly bool recordDetail;
    private readonly double speedDecay;

    /// <param name="play">The play: its players, their starting places, who has the ball, the physics.</param>
    /// <param name="random">The run's random source; each player's own stream is seeded from it.</param>
    /// <param name="recordDetail">
    /// False keeps only what decides the outcome and the event log's types, players and texts (what a sweep reads):
    /// no frames after the first, no event <see cref="PlayEvent.Data"/>.
    /// </param>
    /// <param name="ballStateChanged">Told the world time and the ball's new state ("with #10", "pass #2→#10", "in the net") whenever it changes.</param>
    public World(Play play, Random random, bool recordDetail = true, Action<double, string>? ballStateChanged = null)
    {
        this.recordDetail = recordDetail;
        this.ballStateChanged = ballStateChanged;
        speedDecay = Math.Exp(-play.Physics.TimeStep / play.Physics.Tau);
        Play = play;
        Physics = play.Physics;
        ArgumentNullException.ThrowIfNull(random);
        players = new PlayerState[play.Players.Count];
        luckSeeds = new int[players.Length];
        luck = new Random?[players.Length];
        var defenders = 0;
        for (var i = 0; i < players.Length; i++)
        {
            players[i] = new PlayerState(i, play.Players[i], Physics);
            luckSeeds[i] = random.Next();
            defenders += players[i].Id.Side == Side.Defence ? 1 : 0;
        }
        Players = new PlayerList(players);
        defenderPositions = new Vec2[defenders];
        defenderNumbers = new int[defenders];
        var k = 0;
        foreach (var p in players)
        {
            if (p.Id.Side == Side.Defence)
            {
                defenderNumbers[k++] = p.Id.Number;
            }
        }
        Holder = Find(new PlayerId(Side.Attack, play.BallHolder)) ?? throw new ArgumentException($"no attacking player #{play.BallHolder}", nameof(play));
        BallPosition = Holder.Position + new Vec2(0.4, 0);
        LastTouch = Holder;
        SetBallActivity($"with {Holder.Id}");
        RecordFrame();
        nextFrameTime = FrameInterval;
    }

    public Play Play { get; }

    public PhysicsParameters Physics { get; }

    public PlayerList Players { get; }

    /// <summary>Virtual seconds simulated so far.</summary>
    public double Time { get; private set; }

    public Vec2 BallPosition { get; private set; }

    public Vec2 BallVelocity { get; private set; }

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

    public IReadOnlyList<PlayEvent> Events => events;

    public IReadOnlyList<Frame> Frames => frames;

    public PlayerState? Find(PlayerId id)
    {
        foreach (var p in players)
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

    /// <summary>The player's line of control asks him to run to a point (physics moves him; v(t) = vmax·(1 − e^(−t/τ))).</summary>
    public void RunTo(PlayerState player, Vec2 target, double effort = 1.0)
    {
        player.Target = Clamp(target);
        player.Effort = effort;
    }

    public void Stop(PlayerState player) => player.Target = null;

    /// <summary>Adds a log entry.</summary>
    public PlayEvent Log(string type, PlayerState? player, string text, Vec2? location = null, IReadOnlyDictionary<string, string>? data = null, double? speed = null)
    {
        var e = new PlayEvent
        {
            Index = events.Count,
            Time = Time,
            Type = type,
            Player = player?.Id,
            Location = location ?? player?.Position,
            Text = text,
            Data = data ?? System.Collections.ObjectModel.ReadOnlyDictionary<string, string>.Empty,
            Speed = speed,
        };
        events.Add(e);
        return e;
    }

    /// <summary>Speed that lets a pass over <paramref name="distance"/> metres arrive at the planned arrival speed, clamped to the physics' pass range.</summary>
    public double PassSpeedFor(double distance) =>
        Math.Clamp(Math.Sqrt((Physics.PassArrivalSpeed * Physics.PassArrivalSpeed) + (2 * Physics.BallDeceleration * distance)), Physics.MinPassSpeed, Physics.MaxPassSpeed);

    /// <summary>Seconds a ball kicked at <paramref name="speed"/> needs to roll <paramref name="distance"/> metres (infinity if it stops short).</summary>
    public double BallTravelTime(double distance, double speed)
    {
        var a = Physics.BallDeceleration;
        var disc = (speed * speed) - (2 * a * distance);
        return disc < 0 ? double.PositiveInfinity : (speed - Math.Sqrt(disc)) / a;
    }

    /// <summary>Where the loose ball will be after <paramref name="seconds"/> more seconds of rolling.</summary>
    public Vec2 PredictBall(double seconds)
    {
        var speed = BallVelocity.Length;
        if (Holder is not null || speed < 1e-9)
        {
            return BallPosition;
        }
        var t = Math.Min(seconds, speed / Physics.BallDeceleration);
        var d = (speed * t) - (0.5 * Physics.BallDeceleration * t * t);
        return BallPosition + (BallVelocity.Normalized() * d);
    }

    /// <summary>True if the player, starting from rest after <paramref name="reaction"/> seconds, gets within control distance of the point within <paramref name="seconds"/>.</summary>
    public bool CanReach(PlayerState player, Vec2 point, double seconds, double reaction) =>
        seconds > reaction && Physics.DistanceAfter(seconds - reaction, player.MaxSpeed) >= player.Position.DistanceTo(point) - Physics.ControlRadius;

    /// <summary>Seconds a player needs to reach a point from where he stands, after reacting (a conservative from-rest estimate).</summary>
    public double TimeToReach(PlayerState player, Vec2 point, double reaction) =>
        reaction + Physics.TimeToCover(Math.Max(0, player.Position.DistanceTo(point) - Physics.ControlRadius), player.MaxSpeed);

    /// <summary>The holder passes (or shoots) the ball towards a point at a speed; offside is judged now, at the moment the ball is played.</summary>
    public PlayEvent Kick(PlayerState from, Vec2 target, double speed, PlayerState? recipient, bool shot)
    {
        if (Holder != from)
        {
            throw new InvalidOperationException($"{from.Id} does not have the ball");
        }
        var direction = (target - BallPosition).Normalized();
        var restart = firstKick ? Play.Restart : Restart.OpenPlay;
        firstKick = false;
        Holder = null;
        LastTouch = from;
        kicker = from.Index;
        kickTime = Time;
        KickCount++;
        IntendedRecipient = recipient;
        ShotInFlight = shot;
        beatenKeepers.Clear();
        BallVelocity = direction * speed;
        var travel = BallTravelTime(BallPosition.DistanceTo(target), speed);
        PassArrival = Time + (double.IsFinite(travel) ? travel : speed / Physics.BallDeceleration);
        var location = BallPosition;
        pendingOffside = null;
        if (recipient is not null && recipient.Id.Side == from.Id.Side && from.Id.Side == Side.Attack)
        {
            var call = JudgeOffside(recipient, restart);
            pendingOffside = call;
            Log(call.Offside ? "Offside Position" : "Onside", recipient, $"{recipient.Id} {(call.Offside ? "is in an offside position" : "is onside")}: {call.Reason}", recipient.Position, recordDetail ? OffsideData(call, restart) : null);
        }
        if (shot)
        {
            kickEvent = Log("Shot", from, $"{from.Id} shoots", location, recordDetail ? new Dictionary<string, string> { ["target"] = target.ToString() } : null, speed);
            kickEvent.EndLocation = target;
            SetBallActivity($"shot by {from.Id}");
        }
        else
        {
            var text = recipient is null ? $"{from.Id} passes into {target}" : $"{from.Id} passes to {recipient.Id}";
            kickEvent = Log("Pass", from, text, location, speed: speed);
            kickEvent.Recipient = recipient?.Id;
            kickEvent.EndLocation = target;
            SetBallActivity(recipient is null ? $"pass from {from.Id}" : $"pass {from.Id}→{recipient.Id}");
        }
        return kickEvent;
    }

    /// <summary>A defender tries to win the ball from the holder; the duel is decided by the simulation's seeded random source.</summary>
    public bool TryTackle(PlayerState defender)
    {
        var holder = Holder;
        if (holder is null || holder.Id.Side == defender.Id.Side || Time < defender.BeatenUntil
            || defender.Position.DistanceTo(BallPosition) > Physics.TackleRange)
        {
            return false;
        }
        var a = holder.Duel * (1 - defender.Duel);
        var b = defender.Duel * (1 - holder.Duel);
        var holderWins = a + b <= 0 ? 0.5 : a / (a + b);
        var roll = Luck(defender).NextDouble();
        var data = !recordDetail ? null : new Dictionary<string, string>
        {
            ["holder"] = holder.Id.ToString(),
            ["holderAt"] = holder.Position.ToString(),
            ["defender"] = defender.Id.ToString(),
            ["defenderAt"] = defender.Position.ToString(),
            ["holderWinProbability"] = holderWinsText(holderWins),
            ["roll"] = holderWinsText(roll),
        };
        if (roll < holderWins)
        {
            defender.BeatenUntil = Time + Physics.BeatenRecovery;
            var e = Log("Dribble", holder, $"{holder.Id} beats {defender.Id} in a duel", holder.Position, data);
            e.Outcome = "Complete";
            return false;
        }
        var lost = Log("Duel", defender, $"{defender.Id} tackles {holder.Id} and wins the ball", defender.Position, data);
        lost.Outcome = "Won";
        TakePossession(defender, "tackled");
        return true;

        static string holderWinsText(double p) => p.ToString("0.000", CultureInfo.InvariantCulture);
    }

    /// <summary>Ends the play for a reason a line of control found (e.g. the scorer gave up waiting).</summary>
    public void GiveUp(PlayerState player, string what)
    {
        Log("Gave Up", player, $"{player.Id} gave up waiting for {what}");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Step(double dt)
    {
        foreach (var p in players)
        {
            MovePlayer(p, dt);
        }
        var previous = BallPosition;
        if (Holder is { } h)
        {
            BallPosition = Clamp(h.Position + (h.Heading * 0.4));
            BallVelocity = h.Velocity;
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
            JudgeLooseBall(previous);
        }
        if (Time + 1e-9 >= nextFrameTime)
        {
            RecordFrame();
            nextFrameTime += FrameInterval;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void MovePlayer(PlayerState p, double dt)
    {
        if (p.Target is not { } target)
        {
            if (p.Speed == 0)
            {
                return;
            }
            p.Speed = Math.Max(0, p.Speed - (BrakingDeceleration * dt));
            p.Position = Clamp(p.Position + (p.Heading * (p.Speed * dt)));
            return;
        }
        var offset = target - p.Position;
        var distance = offset.Length;
        if (distance < 0.05)
        {
            p.Target = null;
            p.Speed = 0;
            return;
        }
        p.Heading = offset * (1 / distance);
        var top = p.MaxSpeed * p.Effort * (Holder == p ? Physics.DribbleSpeedFactor : 1.0);
        var desired = Math.Min(top, Math.Sqrt(2 * BrakingDeceleration * distance));
        // Exact step of dv/dt = (vmax − v)/τ, whose solution from rest is v(t) = vmax·(1 − e^(−t/τ)).
        p.Speed = desired > p.Speed
            ? desired - ((desired - p.Speed) * speedDecay)
            : Math.Max(desired, p.Speed - (BrakingDeceleration * dt));
        var step = Math.Min(p.Speed * dt, distance);
        p.Position += p.Heading * step;
        if (distance - step < 0.05)
        {
            p.Position = target;
            p.Target = null;
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void JudgeLooseBall(Vec2 previous)
    {
        if (Laws.GoalCrossing(previous, BallPosition, Physics.BallRadius) is { } crossing)
        {
            var scorer = LastTouch!;
            var own = scorer.Id.Side == Side.Defence;
            var e = Log("Goal", scorer, own ? $"own goal by {scorer.Id}" : $"GOAL: {scorer.Id} scores", crossing, !recordDetail ? null : new Dictionary<string, string>
            {
                ["crossedAt"] = crossing.ToString(),
                ["lowerPostY"] = Pitch.LowerPostY.ToString("0.00", CultureInfo.InvariantCulture),
                ["upperPostY"] = Pitch.UpperPostY.ToString("0.00", CultureInfo.InvariantCulture),
                ["rule"] = "the whole ball crossed the goal line between the posts",
            });
            e.Outcome = "Goal";
            if (kickEvent is not null)
            {
                kickEvent.Outcome = "Goal";
                kickEvent.EndLocation = crossing;
                kickEvent.Duration = Time - kickTime;
            }
            SetBallActivity("in the net");
            Finish(true, own ? null : scorer.Id, "goal", own ? "own goal" : $"{scorer.Id} scored", Time);
            return;
        }
        if (Laws.IsOutOfPlay(BallPosition, Physics.BallRadius))
        {
            var last = LastTouch!;
            var restart = Laws.RestartAfterOut(BallPosition, last.Id.Side);
            var e = Log("Out", last, $"ball out of play off {last.Id}: {Laws.Describe(restart)}", BallPosition, !recordDetail ? null : new Dictionary<string, string>
            {
                ["ball"] = BallPosition.ToString(),
                ["lastTouch"] = last.Id.ToString(),
                ["restart"] = Laws.Describe(restart),
            });
            e.Outcome = Laws.Describe(restart);
            if (kickEvent is not null)
            {
                kickEvent.Outcome = ShotInFlight ? "Off Target" : "Out";
                kickEvent.EndLocation = BallPosition;
                kickEvent.Duration = Time - kickTime;
            }
            SetBallActivity("out of play");
            Finish(false, null, "out", $"the ball went out of play ({Laws.Describe(restart)})", Time);
            return;
        }
        PlayerState? best = null;
        var bestDistance = double.MaxValue;
        foreach (var p in players)
        {
            if ((p.Index == kicker && Time - kickTime < KickerIgnoreSeconds) || Time < p.BeatenUntil)
            {
                // A beaten player is off balance and behind the play: he cannot reach the ball either.
                continue;
            }
            var reach = ShotInFlight && p.Spec.Role == Role.Goalkeeper && p.Id.Side == Side.Defence ? Physics.GoalkeeperReach : Physics.ControlRadius;
            var d = p.Position.DistanceTo(BallPosition);
            if (d <= reach && d < bestDistance && !beatenKeepers.Contains(p.Index))
            {
                best = p;
                bestDistance = d;
            }
        }
        if (best is null)
        {
            if (BallVelocity.Length < 1e-9 && !ballActivity.StartsWith("loose", StringComparison.Ordinal))
            {
                SetBallActivity("loose");
            }
            return;
        }
        if (ShotInFlight && best.Spec.Role == Role.Goalkeeper && best.Id.Side == Side.Defence)
        {
            var p = SaveProbabilityNear * (1 - (0.5 * bestDistance / Physics.GoalkeeperReach));
            var roll = Luck(best).NextDouble();
            var data = !recordDetail ? null : new Dictionary<string, string>
            {
                ["keeperAt"] = best.Position.ToString(),
                ["ball"] = BallPosition.ToString(),
                ["distance"] = bestDistance.ToString("0.00", CultureInfo.InvariantCulture),
                ["saveProbability"] = p.ToString("0.000", CultureInfo.InvariantCulture),
                ["roll"] = roll.ToString("0.000", CultureInfo.InvariantCulture),
            };
            if (roll >= p)
            {
                beatenKeepers.Add(best.Index);
                Log("Goal Keeper", best, $"{best.Id} dives but cannot keep it out", BallPosition, data).Outcome = "Beaten";
                return;
            }
            Log("Save", best, $"{best.Id} saves", BallPosition, data).Outcome = "Saved";
            if (kickEvent is not null)
            {
                kickEvent.Outcome = "Saved";
                kickEvent.Duration = Time - kickTime;
                kickEvent.EndLocation = BallPosition;
            }
            TakePossession(best, "saved");
            return;
        }
        Control(best);
    }

    private void Control(PlayerState player)
    {
        var pass = kickEvent;
        if (pass is not null && pass.Outcome is null)
        {
            pass.Duration = Time - kickTime;
            pass.EndLocation = BallPosition;
        }
        if (player.Id.Side == Side.Attack)
        {
            if (pendingOffside is { Offside: true } call && IntendedRecipient == player)
            {
                if (pass is not null)
                {
                    pass.Outcome = "Offside";
                }
                Holder = player;
                Log("Offside", player, $"{player.Id} is penalised for offside when he plays the ball", BallPosition, recordDetail ? OffsideData(call, Restart.OpenPlay) : null).Outcome = "Offside";
                SetBallActivity("offside");
                Finish(false, null, "offside", $"{player.Id} was offside when the ball was played ({call.Reason})", Time);
                return;
            }
            if (pass is not null && pass.Outcome is null)
            {
                pass.Outcome = "Complete";
            }
            Holder = player;
            LastTouch = player;
            BallVelocity = default;
            IntendedRecipient = null;
            ShotInFlight = false;
            Log("Ball Receipt", player, $"{player.Id} controls the ball", BallPosition).Outcome = "Complete";
            SetBallActivity($"with {player.Id}");
            return;
        }
        if (pass is not null && pass.Outcome is null)
        {
            pass.Outcome = ShotInFlight ? "Blocked" : "Intercepted";
        }
        Log(ShotInFlight ? "Block" : "Interception", player, $"{player.Id} {(ShotInFlight ? "blocks the shot" : "intercepts")}", BallPosition, !recordDetail ? null : new Dictionary<string, string>
        {
            ["interceptor"] = player.Position.ToString(),
            ["ball"] = BallPosition.ToString(),
            ["intendedFor"] = IntendedRecipient?.Id.ToString() ?? "(space)",
        }).Outcome = "Won";
        TakePossession(player, ShotInFlight ? "blocked" : "intercepted");
    }

    private void TakePossession(PlayerState player, string how)
    {
        Holder = player;
        LastTouch = player;
        BallVelocity = default;
        ShotInFlight = false;
        Log("Possession", player, $"possession changes: {player.Id} ({how})", BallPosition);
        SetBallActivity($"with {player.Id}");
        var who = kickEvent is { } k && how is "intercepted" or "blocked" or "saved" ? $" {k.Player}'s {(how == "intercepted" ? "pass" : "shot")}" : "";
        Finish(false, null, how, $"{player.Id} {how}{who} at {player.Position}", Time);
    }

    private OffsideCall JudgeOffside(PlayerState attacker, Restart restart)
    {
        var k = 0;
        foreach (var p in players)
        {
            if (p.Id.Side == Side.Defence)
            {
                defenderPositions[k++] = p.Position;
            }
        }
        return Laws.JudgeOffside(attacker.Position, BallPosition, defenderPositions, defenderNumbers, restart);
    }

    private static Dictionary<string, string> OffsideData(OffsideCall call, Restart restart) => new()
    {
        ["playerX"] = call.PlayerX.ToString("0.00", CultureInfo.InvariantCulture),
        ["ballX"] = call.BallX.ToString("0.00", CultureInfo.InvariantCulture),
        ["secondLastOpponentX"] = call.SecondLastOpponentX.ToString("0.00", CultureInfo.InvariantCulture),
        ["secondLastOpponent"] = $"opp#{call.SecondLastOpponentNumber}",
        ["halfwayX"] = Pitch.HalfwayX.ToString("0.00", CultureInfo.InvariantCulture),
        ["restart"] = Laws.Describe(restart),
        ["reason"] = call.Reason,
    };

    private void Finish(bool goal, PlayerId? scorer, string kind, string reason, double time)
    {
        if (Over)
        {
            return;
        }
        if (kind == "horizon")
        {
            Log("Horizon", null, reason, BallPosition);
        }
        Outcome = new PlayOutcome(goal, scorer, goal ? Play.AttackName : (Holder?.Id.Side == Side.Defence ? Play.DefenceName : Play.AttackName), time, kind, reason);
        RecordFrame();
    }

    private void SetBallActivity(string label)
    {
        if (ballActivity == label)
        {
            return;
        }
        ballActivity = label;
        ballStateChanged?.Invoke(Time, label);
    }

    /// <summary>Ends the play for a reason found outside the physics (a deadlock, the horizon); does nothing if it is already over.</summary>
    public void Abandon(string kind, string reason)
    {
        if (kind == "deadlock" && !Over)
        {
            Log("Deadlock", null, reason, BallPosition);
        }
        Finish(false, null, kind, reason, Time);
    }

    private void RecordFrame()
    {
        if (!recordDetail && frames.Count > 0)
        {
            return;
        }
        var positions = new Vec2[players.Length];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = players[i].Position;
        }
        frames.Add(new Frame(Math.Round(Time, 6), positions, BallPosition, Holder?.Index ?? -1));
    }

    /// <summary>The player's own random stream, made the first time he needs one.</summary>
    private Random Luck(PlayerState p) => luck[p.Index] ??= new Random(luckSeeds[p.Index]);

    private static Vec2 Clamp(Vec2 p) => new(Math.Clamp(p.X, 0, Pitch.Length), Math.Clamp(p.Y, 0, Pitch.Width));
}
