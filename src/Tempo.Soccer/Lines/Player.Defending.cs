using Tempo.Async;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Lines;

/// <summary>Defending behaviours: every defender reads the play every reaction time and intercepts, presses, marks or guards.</summary>
public sealed partial class Player
{
    private const double PressRadius = 9.0;
    private const double TackleCooldown = 0.6;

    /// <summary>How far a free defender looks for a runner in behind him to recover to.</summary>
    private const double RecoverRadius = 20.0;

    private readonly Dictionary<(string Verb, int Target), string> _labels = [];

    /// <summary>What he decided to do at his last look at the play: the label of his running span in the trace.</summary>
    private string _doing = "read the play";

    /// <summary>
    /// A defending player's line of control until the play is over: after each reaction time he
    /// intercepts a pass he can reach before the ball, else presses and tackles the ball holder
    /// near him, else marks his man or guards his zone goal-side.
    /// </summary>
    public async Task DefendAsync(DefenderBehaviour behaviour, int? mark = null, CancellationToken cancellationToken = default)
    {
        var lastTackle = double.NegativeInfinity;
        var chasingKick = -1;
        var anchor = State.Spec.Start;
        PlayerState? recovering = null;
        while (true)
        {
            _context.Sync();
            if (World.Over)
            {
                return;
            }
            var holder = World.Holder;
            if (holder is null && World.KickCount > 0 && !World.ShotInFlight && World.BallVelocity.Length > 1e-9)
            {
                if (chasingKick == World.KickCount || InterceptPoint() is { } point && Go(point, "intercept", World.KickCount, ref chasingKick))
                {
                    await ReactAsync(State.ReactionTime, cancellationToken);
                    if (!_context.AdvanceAndCheckInPlay())
                    {
                        return;
                    }
                    continue;
                }
            }
            chasingKick = -1;
            if (holder is not null && holder.Id.Side != Id.Side && behaviour != DefenderBehaviour.Hold
                && (behaviour == DefenderBehaviour.Press || (holder.Position.DistanceTo(State.Position) < PressRadius && IsNearestTo(holder))))
            {
                _doing = Label("press", holder);
                World.RunTo(State, holder.Position, 1.0);
                if (State.Position.DistanceTo(World.BallPosition) <= World.Physics.TackleRange && Now - lastTackle >= TackleCooldown && Now >= State.BeatenUntil)
                {
                    lastTackle = Now;
                    _doing = Label("tackle", holder);
                    if (World.TryTackle(State))
                    {
                        return;
                    }
                }
                await ReactAsync(Math.Min(State.ReactionTime, 0.2), cancellationToken);
                if (!_context.AdvanceAndCheckInPlay())
                {
                    return;
                }
                continue;
            }
            switch (behaviour)
            {
                case DefenderBehaviour.Mark when mark is { } n && World.Find(new PlayerId(Side.Attack, n)) is { } man:
                    _doing = Label("mark", man);
                    // Goal-side of where his man will be when he next reads the play (one reaction time on), not where
                    // he was: a marker who aims at a sprinting man's last position stays a stride behind him.
                    World.RunTo(State, GoalSide(man.Position + (man.Velocity * State.ReactionTime), 1.5), 1.0, through: man.Speed > 0);
                    break;
                case DefenderBehaviour.Guard:
                    var zone = Zone(anchor);
                    var threat = NearestAttacker(zone, 12);
                    recovering = threat is null ? StillToCover(recovering) ?? RunnerInBehind() : null;
                    if (recovering is { } runner)
                    {
                        // No one threatens his zone: he drops goal-side of an unmarked runner who got in behind him.
                        _doing = Label("recover to", runner);
                        World.RunTo(State, GoalSide(runner.Position, 1.5), 1.0);
                        break;
                    }
                    _doing = threat is null ? "guard zone" : Label("guard", threat);
                    World.RunTo(State, threat is null ? zone : GoalSide(threat.Position, 2.0), 0.9);
                    break;
                default:
                    _doing = behaviour == DefenderBehaviour.Hold ? "hold position" : "watch the ball";
                    World.Stop(State);
                    break;
            }
            await ReactAsync(State.ReactionTime, cancellationToken);
            if (!_context.AdvanceAndCheckInPlay())
            {
                return;
            }
        }
    }

    /// <summary>The goalkeeper's line: stays on the line from the ball to the middle of his goal, and dives at a shot.</summary>
    public async Task KeepGoalAsync(CancellationToken cancellationToken = default)
    {
        var goal = Pitch.AttackedGoal;
        var divingAt = -1;
        while (true)
        {
            _context.Sync();
            if (World.Over)
            {
                return;
            }
            if (World.ShotInFlight && World.KickCount != divingAt)
            {
                divingAt = World.KickCount;
                var dive = ShotCrossingNear(goal.X - 1.0);
                _doing = "dive";
                World.RunTo(State, dive, 1.0);
            }
            else if (!World.ShotInFlight)
            {
                var ball = World.BallPosition;
                var offset = ball - goal;
                var depth = Math.Clamp(offset.Length / 6, 1.0, 5.0);
                _doing = "keep position";
                World.RunTo(State, goal + (offset.Normalized() * depth), 0.8);
            }
            await ReactAsync(State.ReactionTime, cancellationToken);
            if (!_context.AdvanceAndCheckInPlay())
            {
                return;
            }
        }
    }

    /// <summary>Keeps doing what he does for one reaction time before he reads the play again.</summary>
    private SleepAwaitable ReactAsync(double seconds, CancellationToken cancellationToken) =>
        _context.ActAsync(seconds, _doing, cancellationToken);

    /// <summary>"press #10" and the like, built once per player and target rather than at every decision.</summary>
    private string Label(string verb, PlayerState target)
    {
        if (!_labels.TryGetValue((verb, target.Index), out var label))
        {
            label = $"{verb} {target.Id}";
            _labels.Add((verb, target.Index), label);
        }
        return label;
    }

    private bool Go(Vec2 point, string label, int kick, ref int chasing)
    {
        chasing = kick;
        _doing = label;
        World.RunTo(State, point, 1.0);
        return true;
    }

    /// <summary>The first point on the ball's path he can reach (after his reaction time) before the ball gets there.</summary>
    private Vec2? InterceptPoint()
    {
        var until = Math.Min(4, World.PassArrival - Now);
        for (var t = 0.1; t <= until; t += 0.1)
        {
            var at = World.PredictBall(t);
            if (!Pitch.Contains(at))
            {
                return null;
            }
            if (World.PredictBallHeight(t) <= World.ReachHeight(State) && World.CanReach(State, at, t, State.ReactionTime))
            {
                return at;
            }
        }
        return null;
    }

    private Vec2 ShotCrossingNear(double x)
    {
        var v = World.BallVelocity;
        var b = World.BallPosition;
        if (Math.Abs(v.X) < 1e-6)
        {
            return State.Position;
        }
        var t = (x - b.X) / v.X;
        var y = b.Y + (v.Y * t);
        return new Vec2(x, Math.Clamp(y, Pitch.LowerPostY - 1, Pitch.UpperPostY + 1));
    }

    private Vec2 Zone(Vec2 anchor)
    {
        // The back line drops with the ball: never let the ball get closer to goal than the zone.
        var ball = World.BallPosition;
        var x = Math.Max(anchor.X, Math.Min(ball.X + 6, Pitch.Length - 6));
        var y = anchor.Y + ((ball.Y - anchor.Y) * 0.25);
        return new Vec2(x, y);
    }

    /// <summary>True if no other fit defender is nearer the ball holder: one presses, the rest cover.</summary>
    private bool IsNearestTo(PlayerState holder)
    {
        var mine = State.Position.DistanceTo(holder.Position);
        foreach (var p in World.Players)
        {
            if (p != State && p.Id.Side == Id.Side && p.Spec.Role != Role.Goalkeeper && Now >= p.BeatenUntil
                && p.Position.DistanceTo(holder.Position) < mine)
            {
                return false;
            }
        }
        return true;
    }

    private PlayerState? NearestAttacker(Vec2 around, double radius)
    {
        PlayerState? best = null;
        var bestDistance = radius;
        foreach (var p in World.Players)
        {
            if (p.Id.Side == Side.Attack && p.Spec.Role != Role.Goalkeeper)
            {
                var d = p.Position.DistanceTo(around);
                if (d < bestDistance)
                {
                    best = p;
                    bestDistance = d;
                }
            }
        }
        return best;
    }

    /// <summary>The nearest attacker without the ball who is nearer the goal line than he is, within reach, and whom no defender covers yet.</summary>
    private PlayerState? RunnerInBehind()
    {
        PlayerState? best = null;
        var bestDistance = RecoverRadius;
        foreach (var p in World.Players)
        {
            if (p.Id.Side != Side.Attack || p.Spec.Role == Role.Goalkeeper || p == World.Holder || p.Position.X <= State.Position.X)
            {
                continue;
            }
            var d = p.Position.DistanceTo(State.Position);
            if (d < bestDistance && !IsCovered(p))
            {
                best = p;
                bestDistance = d;
            }
        }
        return best;
    }

    /// <summary>The runner he is recovering to, as long as he still needs him: near, without the ball, and covered by no one else.</summary>
    private PlayerState? StillToCover(PlayerState? runner) =>
        runner is not null && runner != World.Holder && runner.Position.DistanceTo(State.Position) < RecoverRadius * 1.5 && !IsCovered(runner)
            ? runner
            : null;

    /// <summary>Whether another outfield defender is already goal-side of the attacker and close to him.</summary>
    private bool IsCovered(PlayerState attacker)
    {
        foreach (var p in World.Players)
        {
            if (p != State && p.Id.Side == Id.Side && p.Spec.Role != Role.Goalkeeper
                && p.Position.X >= attacker.Position.X && p.Position.DistanceTo(attacker.Position) < 3.0)
            {
                return true;
            }
        }
        return false;
    }

    private static Vec2 GoalSide(Vec2 attacker, double distance) =>
        attacker + ((Pitch.AttackedGoal - attacker).Normalized() * distance);
}
