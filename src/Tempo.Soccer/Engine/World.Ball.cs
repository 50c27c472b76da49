using System.Globalization;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>The ball in the air: launching it, predicting its flight, the goal frame, and who can reach it at its height.</summary>
internal sealed partial class World
{
    /// <summary>Shoulder height, metres: 0.82 of a 1.83 m player's stature (Winter's table); above it he heads the ball, below it he chests it.</summary>
    private const double ShoulderHeight = 1.5;

    /// <summary>A ball lower than this, metres, is played as from the ground (a half-volley is a kick).</summary>
    private const double GroundTouch = 0.25;

    /// <summary>Where a low shot crosses the goal line, metres (the ball's centre): knee height.</summary>
    private const double LowShotHeight = 0.5;

    /// <summary>Where a high shot crosses the goal line, metres (the ball's centre): a top corner, just under the bar.</summary>
    private const double HighShotHeight = 2.1;

    private readonly List<BallState> _flightPath = [];
    private double _flightPathStart = -1;
    private double _receiptHeight;
    private double _receiptTime = -1;
    private PlayerState? _receiver;

    /// <summary>How high the loose ball will be after <paramref name="seconds"/> more seconds.</summary>
    public double PredictBallHeight(double seconds) => Predict(seconds).Height;

    /// <summary>Where (over the grass) the loose ball will be after <paramref name="seconds"/> more seconds.</summary>
    public Vec2 PredictBall(double seconds) => Predict(seconds).Position;

    /// <summary>The highest ball the player can play: his head's reach, or a goalkeeper's hands in his own penalty area.</summary>
    public double ReachHeight(PlayerState p) => UsesHands(p) ? Physics.GoalkeeperReachHeight : Physics.HeadReach;

    /// <summary>
    /// The passer's choice when the play file does not say: a ball along the ground, unless an opponent stands in the
    /// lane (within 1.5 m of the line from the ball to the target, more than 3 m from both ends), when he lofts it.
    /// </summary>
    public PassHeight ChooseHeight(PlayerState passer, Vec2 target)
    {
        var from = BallPosition;
        var lane = target - from;
        var length = lane.Length;
        if (length < 6)
        {
            return PassHeight.Ground;
        }
        var along = lane * (1 / length);
        foreach (var p in _players)
        {
            if (p.Id.Side == passer.Id.Side)
            {
                continue;
            }
            var offset = p.Position - from;
            var t = offset.Dot(along);
            var across = Math.Abs((offset.X * along.Y) - (offset.Y * along.X));
            if (t > 3 && t < length - 3 && across <= 1.5)
            {
                return PassHeight.High;
            }
        }
        return PassHeight.Ground;
    }

    /// <summary>The speed off the foot that lands a low or high ball <paramref name="distance"/> metres away (a ground pass: <see cref="PassSpeedFor(double)"/>).</summary>
    public double PassSpeedFor(double distance, PassHeight height) => height switch
    {
        PassHeight.Low => BallFlight.SpeedToLandAt(distance, BallFlight.LowElevationDegrees, MaxLaunchSpeed, Physics, _drag),
        PassHeight.High => BallFlight.SpeedToLandAt(distance, BallFlight.HighElevationDegrees, MaxLaunchSpeed, Physics, _drag),
        _ => PassSpeedFor(distance),
    };

    /// <summary>Seconds a low or high ball landed <paramref name="distance"/> metres away spends in the air.</summary>
    public double AirTime(double distance, PassHeight height)
    {
        var elevation = height == PassHeight.High ? BallFlight.HighElevationDegrees : BallFlight.LowElevationDegrees;
        var speed = PassSpeedFor(distance, height);
        return BallFlight.FirstLanding(BallFlight.Launch(default, 0, new Vec2(1, 0), speed, elevation), Physics, _drag).Seconds;
    }

    /// <summary>The hardest ball the model launches, m/s (the hardest shots measured, about 37 m/s, with some margin).</summary>
    private const double MaxLaunchSpeed = 45;

    /// <summary>Sets the ball off: rolling (a ground ball from the foot), or in flight at the elevation its height asks for.</summary>
    private void Launch(Vec2 target, Vec2 direction, double speed, bool shot, PassHeight height, double launchHeight)
    {
        _flightPathStart = -1;
        BallHeight = launchHeight;
        if (height == PassHeight.Ground && launchHeight == 0)
        {
            BallVelocity = direction * speed;
            BallVerticalSpeed = 0;
            return;
        }
        double elevation;
        if (shot)
        {
            var toLine = Math.Abs(direction.X) < 1e-9 ? BallPosition.DistanceTo(target) : (Pitch.Length - BallPosition.X) / direction.X;
            var aim = height switch { PassHeight.Low => LowShotHeight, PassHeight.High => HighShotHeight, _ => Physics.BallRadius };
            elevation = BallFlight.ElevationToPass(Math.Max(0.5, toLine), launchHeight, aim, speed, Physics, _drag);
        }
        else
        {
            elevation = height switch { PassHeight.Low => BallFlight.LowElevationDegrees, PassHeight.High => BallFlight.HighElevationDegrees, _ => 0 };
        }
        var launch = BallFlight.Launch(BallPosition, launchHeight, direction, speed, elevation);
        BallVelocity = launch.Velocity;
        BallVerticalSpeed = launch.VerticalSpeed;
    }

    /// <summary>The height he plays the ball from: where he took it, if he took it in the air this very moment (a first-time header or volley), else the grass.</summary>
    private (double Height, bool Header) FirstTimeHeight(PlayerState from)
    {
        if (_receiptTime < 0 || Math.Abs(Time - _receiptTime) > 1e-9 || _receiver != from || _receiptHeight < GroundTouch)
        {
            return (0, false);
        }
        return (_receiptHeight, _receiptHeight > Physics.FootReach);
    }

    private string? BodyPart(double height) => height < GroundTouch ? null : height > Physics.FootReach ? "head" : "volley";

    /// <summary>Seconds until the ball in the air first comes within head height near its target (its first landing at the latest).</summary>
    private double AirborneArrival(Vec2 target)
    {
        var (seconds, _) = BallFlight.FirstLanding(new BallState(BallPosition, BallHeight, BallVelocity, BallVerticalSpeed), Physics, _drag);
        return double.IsFinite(seconds) ? seconds : BallPosition.DistanceTo(target) / Math.Max(1, BallVelocity.Length);
    }

    /// <summary>Notes the height of an aerial ball taken by a player (a first-time header or volley may follow), and sets it at his feet.</summary>
    private void TakeOutOfTheAir(PlayerState player)
    {
        _receiptHeight = BallHeight;
        _receiptTime = Time;
        _receiver = player;
        BallHeight = 0;
        BallVerticalSpeed = 0;
        _flightPathStart = -1;
    }

    /// <summary>How he took an aerial ball, for the log: the height and the body part.</summary>
    private static string HowTaken(double height) => height > ShoulderHeight ? " with his head" : height > 1.0 ? " on his chest" : height >= GroundTouch ? " on the volley" : "";

    /// <summary>The keeper's sideways reach at a height at full stretch: <see cref="PhysicsParameters.GoalkeeperReach"/> up to hip height, narrowing (an ellipse) to nothing at his highest reach.</summary>
    internal static double KeeperReachAt(double height, PhysicsParameters p) => KeeperReachAt(height, p.GoalkeeperReach, p);

    /// <summary>A keeper's sideways reach <paramref name="sideways"/> (up to hip height) at a height: narrowing (an ellipse) above the hip to nothing at his highest reach.</summary>
    internal static double KeeperReachAt(double height, double sideways, PhysicsParameters p)
    {
        if (height <= p.FootReach)
        {
            return sideways;
        }
        if (height >= p.GoalkeeperReachHeight)
        {
            return 0;
        }
        var u = (height - p.FootReach) / (p.GoalkeeperReachHeight - p.FootReach);
        return sideways * Math.Sqrt(1 - (u * u));
    }

    private bool UsesHands(PlayerState p) => p.Spec.Role == Role.Goalkeeper && p.Id.Side == Side.Defence && Pitch.InAttackedPenaltyArea(p.Position);

    /// <summary>The ball met a post or the crossbar: it rebounds into the field (a head-on rebound, <see cref="PhysicsParameters.GoalFrameRestitution"/>).</summary>
    private void StrikeGoalFrame(GoalFrameHit hit)
    {
        var part = hit.Part == GoalFrame.Post ? "the post" : "the crossbar";
        var kicker = LastTouch!;
        Log(PlayEventType.GoalFrame, kicker, $"{(ShotInFlight ? "the shot" : "the ball")} from {kicker.Id} hits {part}", hit.At, !_recordDetail ? null : new Dictionary<string, string>
        {
            ["part"] = hit.Part == GoalFrame.Post ? "post" : "crossbar",
            ["height"] = hit.Height.ToString("0.00", CultureInfo.InvariantCulture),
            ["crossbarHeight"] = Pitch.CrossbarHeight.ToString("0.00", CultureInfo.InvariantCulture),
            ["rule"] = "Law 1: posts 7.32 m apart, crossbar 2.44 m high, 12 cm wide",
        }, outcome: hit.Part == GoalFrame.Post ? "Post" : "Crossbar");
        NoteGoalLineHeight(hit.Height);
        if (ShotInFlight && _kickEvent >= 0 && _log[_kickEvent].Outcome is null)
        {
            _log.Update(_kickEvent, e => e with { Outcome = hit.Part == GoalFrame.Post ? "Post" : "Crossbar" });
        }
        var e = Physics.GoalFrameRestitution;
        BallPosition = hit.At;
        BallHeight = Math.Max(hit.Height, 0);
        BallVelocity = new Vec2(-Math.Abs(BallVelocity.X) * e, BallVelocity.Y * e);
        BallVerticalSpeed = hit.Part == GoalFrame.Crossbar && hit.Height < Pitch.CrossbarHeight + (Pitch.GoalFrameWidth / 2) ? -Math.Abs(BallVerticalSpeed) * e : BallVerticalSpeed * e;
        // After the frame it is nobody's shot any more: the keeper must gather it as a loose ball, and anyone may.
        ShotInFlight = false;
        IntendedRecipient = null;
        _kicker = -1;
        _flightPathStart = -1;
        SetBallActivity($"off {part}");
    }

    /// <summary>Records on the shot in flight how high its centre was at the goal line (once).</summary>
    private void NoteGoalLineHeight(double height)
    {
        if (ShotInFlight && _kickEvent >= 0 && _log[_kickEvent].GoalLineHeight is null)
        {
            _log.Update(_kickEvent, e => e with { GoalLineHeight = Math.Round(Math.Max(0, height), 2) });
        }
    }

    /// <summary>The loose ball's state <paramref name="seconds"/> from now: rolling in closed form, in flight from the path traced at the kick.</summary>
    private BallState Predict(double seconds)
    {
        var now = new BallState(BallPosition, BallHeight, BallVelocity, BallVerticalSpeed);
        if (Holder is not null)
        {
            return now with { Height = 0 };
        }
        if (!now.Airborne)
        {
            return RollFor(now, seconds);
        }
        var dt = Physics.TimeStep;
        if (_flightPathStart < 0)
        {
            _flightPath.Clear();
            _flightPathStart = Time;
            var s = now;
            _flightPath.Add(s);
            for (var i = 0; i < 3000 && s.Airborne; i++)
            {
                s = BallFlight.Step(s, dt, Physics, _drag);
                _flightPath.Add(s);
            }
        }
        var at = (Time - _flightPathStart + seconds) / dt;
        var index = (int)Math.Floor(at);
        if (index >= _flightPath.Count - 1)
        {
            var last = _flightPath[^1];
            return RollFor(last, Math.Max(0, at - (_flightPath.Count - 1)) * dt);
        }
        var a = _flightPath[Math.Max(0, index)];
        var b = _flightPath[Math.Max(0, index) + 1];
        var f = Math.Clamp(at - index, 0, 1);
        return new BallState(a.Position + ((b.Position - a.Position) * f), a.Height + ((b.Height - a.Height) * f), a.Velocity, a.VerticalSpeed);
    }

    private BallState RollFor(BallState s, double seconds)
    {
        var speed = s.Velocity.Length;
        if (speed < 1e-9)
        {
            return s;
        }
        var t = Math.Min(seconds, speed / Physics.BallDeceleration);
        var d = (speed * t) - (0.5 * Physics.BallDeceleration * t * t);
        return new BallState(s.Position + (s.Velocity.Normalized() * d), 0, s.Velocity, 0);
    }
}
