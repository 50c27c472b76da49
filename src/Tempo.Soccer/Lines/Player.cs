using Tempo.Soccer.Actions;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Lines;

/// <summary>
/// A player as his own line of control sees him: every action is awaitable and takes virtual time.
/// Scripts are ordinary <c>async</c> methods over these actions (see <see cref="BookPlay"/>). Once the
/// play is over, or he has given up waiting, every action returns at once, so a script simply runs out.
/// </summary>
public sealed partial class Player
{
    private readonly PlayContext _context;
    private readonly double _patience;
    private bool _abandoned;

    internal Player(PlayContext context, PlayerState state, double patience)
    {
        _context = context;
        State = state;
        _patience = patience;
    }

    /// <summary>Who he is.</summary>
    public PlayerId Id => State.Id;

    /// <summary>Where he is now, in metres.</summary>
    public Vec2 Position => State.Position;

    /// <summary>Whether he has the ball under control.</summary>
    public bool HasBall => World.Holder == State;

    /// <summary>Virtual seconds since the start of the play.</summary>
    public double Now => _context.Now;

    internal PlayerState State { get; }

    private World World => _context.World;

    /// <summary>Runs to a point (v(t) = vmax·(1 − e^(−t/τ)) from rest) and returns when he is there.</summary>
    public Task RunToAsync(Vec2 to, double effort = 1.0, CancellationToken cancellationToken = default) => RunToAsync(to, effort, false, cancellationToken);

    /// <summary>Runs to a point; <paramref name="through"/>: at speed, without braking to stop there (another run follows).</summary>
    private async Task RunToAsync(Vec2 to, double effort, bool through, CancellationToken cancellationToken)
    {
        if (AdvanceAndCheckDone())
        {
            return;
        }
        World.RunTo(State, to, effort, through);
        // A pass played to him ends the run: he goes on to his next action (to meet it) as a receiver does.
        var kicks = World.KickCount;
        await _context.WorkAsync($"run to {to}", () => State.Target is null || (World.KickCount != kicks && World.Holder is null && World.IntendedRecipient == State), cancellationToken);
    }

    /// <summary>Passes to a teammate, leading him to where he is running; returns once the ball is played.</summary>
    public Task PassAsync(int teammate, CancellationToken cancellationToken = default) => PassAsync(teammate, null, null, null, cancellationToken);

    /// <summary>Passes to a teammate at a height (along the ground, low or lofted); returns once the ball is played.</summary>
    public Task PassAsync(int teammate, PassHeight height, CancellationToken cancellationToken = default) => PassAsync(teammate, null, null, height, cancellationToken);

    /// <summary>Passes to a teammate, to the point he is to take it at if given (else led to where he is running), at a speed if given.</summary>
    private Task PassAsync(int teammate, Vec2? at, double? speed, PassHeight? height, CancellationToken cancellationToken)
    {
        var to = World.Find(new PlayerId(Id.Side, teammate)) ?? throw new ArgumentException($"no teammate #{teammate}", nameof(teammate));
        if (AdvanceAndCheckDone() || !GiveUpUnlessHoldingBall("pass"))
        {
            return Task.CompletedTask;
        }
        var target = at ?? to.Position;
        var chosen = height ?? World.ChooseHeight(State, target);
        for (var i = 0; i < 3 && at is null; i++)
        {
            var flight = FlightTime(World.BallPosition.DistanceTo(target), chosen);
            var lead = to.Target is { } goingTo && double.IsFinite(flight)
                ? to.Position + ((goingTo - to.Position).Normalized() * Math.Min(to.Position.DistanceTo(goingTo), EstimatedRun(to, flight)))
                : to.Position;
            target = lead;
        }
        var distance = World.BallPosition.DistanceTo(target);
        _context.Note(State, $"pass to #{teammate}");
        World.Kick(State, target, speed ?? World.PassSpeedFor(distance, chosen), to, shot: false, chosen);
        return cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Passes into space at a point; returns once the ball is played.</summary>
    public Task PassAsync(Vec2 point, CancellationToken cancellationToken = default) => PassAsync(point, null, null, cancellationToken);

    private Task PassAsync(Vec2 point, double? speed, PassHeight? height, CancellationToken cancellationToken)
    {
        if (AdvanceAndCheckDone() || !GiveUpUnlessHoldingBall("pass"))
        {
            return Task.CompletedTask;
        }
        _context.Note(State, $"pass into {point}");
        var chosen = height ?? World.ChooseHeight(State, point);
        World.Kick(State, point, speed ?? World.PassSpeedFor(World.BallPosition.DistanceTo(point), chosen), null, shot: false, chosen);
        return cancellationToken.IsCancellationRequested ? Task.FromCanceled(cancellationToken) : Task.CompletedTask;
    }

    /// <summary>Carries the ball to a point; a defender who comes to tackle him is taken on in a duel (the seeded random source decides).</summary>
    public Task DribbleAsync(Vec2 to, int? past = null, CancellationToken cancellationToken = default) => DribbleAsync(to, past, 1.0, false, cancellationToken);

    private async Task DribbleAsync(Vec2 to, int? past, double effort, bool through, CancellationToken cancellationToken)
    {
        if (AdvanceAndCheckDone() || !GiveUpUnlessHoldingBall("dribble"))
        {
            return;
        }
        World.RunTo(State, to, effort, through);
        await _context.WorkAsync(past is { } n ? $"dribble past opp#{n}" : $"dribble to {to}", () => State.Target is null || World.Holder != State, cancellationToken);
    }

    /// <summary>Shoots at a point on the goal line and watches the shot until the play is decided.</summary>
    public Task ShootAsync(Vec2 target, CancellationToken cancellationToken = default) => ShootAsync(target, null, null, cancellationToken);

    /// <summary>Shoots at a point on the goal line, crossing it along the ground, low or high (a top corner).</summary>
    public Task ShootAsync(Vec2 target, PassHeight height, CancellationToken cancellationToken = default) => ShootAsync(target, null, height, cancellationToken);

    private async Task ShootAsync(Vec2 target, double? speed, PassHeight? height, CancellationToken cancellationToken)
    {
        if (AdvanceAndCheckDone() || !GiveUpUnlessHoldingBall("shoot"))
        {
            return;
        }
        _context.Note(State, "shoot");
        World.Kick(State, target, speed ?? World.Physics.ShotSpeed, null, shot: true, height ?? PassHeight.Ground);
        await _context.WaitAsync("the shot to end", () => World.Holder is not null || World.BallVelocity.Length < 1e-9, double.PositiveInfinity, null, cancellationToken);
    }

    /// <summary>Waits for the ball, moving onto its path once it is played to him, until he controls it.</summary>
    public async Task ReceiveAsync(CancellationToken cancellationToken = default)
    {
        if (AdvanceAndCheckDone() || HasBall)
        {
            return;
        }
        var seenKick = -1;
        var got = await _context.WaitAsync("the ball", () =>
        {
            if (World.Holder == State)
            {
                return true;
            }
            if (World.Holder is null && World.IntendedRecipient == State && World.KickCount != seenKick)
            {
                seenKick = World.KickCount;
                _context.Note(State, "meet the pass");
                // At speed through the meeting point: braking into it would bring him there after the ball.
                World.RunTo(State, MeetingPoint(), 1.0, through: true);
            }
            else if (World.Holder is null && World.IntendedRecipient == State && State.Target is null)
            {
                // He got to where he meant to meet it and it is not at his feet (it ran on, or stopped short): go after it again.
                World.RunTo(State, MeetingPoint(), 1.0);
            }
            return false;
        }, _patience, null, cancellationToken);
        if (!got && !World.Over)
        {
            GiveUp("the ball");
        }
    }

    /// <summary>Waits until a condition holds (e.g. a teammate is past a line); gives up after the play's patience.</summary>
    public Task WaitUntilAsync(string what, Func<bool> condition, CancellationToken cancellationToken = default) =>
        WaitUntilAsync(what, condition, null, cancellationToken);

    private async Task WaitUntilAsync(string what, Func<bool> condition, PlayerState? about, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (AdvanceAndCheckDone())
        {
            return;
        }
        World.Stop(State);
        var ok = await _context.WaitAsync(what, condition, _patience, about, cancellationToken);
        if (!ok && !World.Over)
        {
            GiveUp(what);
        }
    }

    /// <summary>Waits for a play-file condition: a teammate past a line, in the box, near a point; or some seconds.</summary>
    public Task WaitUntilAsync(WaitCondition condition, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        if (condition.Seconds is { } seconds)
        {
            return WaitSecondsAsync(seconds, cancellationToken);
        }
        var other = World.Find(new PlayerId(Id.Side, condition.Player ?? 0)) ?? throw new ArgumentException($"no teammate #{condition.Player}", nameof(condition));
        return WaitUntilAsync(condition.Describe(), () => condition.IsSatisfiedAt(other.Position), other, cancellationToken);
    }

    private async Task WaitSecondsAsync(double seconds, CancellationToken cancellationToken)
    {
        if (AdvanceAndCheckDone())
        {
            return;
        }
        await _context.PauseAsync(seconds, cancellationToken);
        _context.Sync();
    }

    /// <summary>Runs one play-file action.</summary>
    public Task PerformAsync(PlayAction action, CancellationToken cancellationToken = default) => action switch
    {
        RunAction r => RunToAsync(r.To, r.Effort, r.Through, cancellationToken),
        PassAction { To: { } n } p => PassAsync(n, p.Point, p.Speed, p.Height, cancellationToken),
        PassAction p => PassAsync(p.Point!.Value, p.Speed, p.Height, cancellationToken),
        DribbleAction d => DribbleAsync(d.To, d.Past, d.Effort, d.Through, cancellationToken),
        ShootAction s => ShootAsync(s.Target, s.Speed, s.Height, cancellationToken),
        ReceiveAction => ReceiveAsync(cancellationToken),
        WaitAction w => WaitUntilAsync(w.Condition, cancellationToken),
        _ => throw new ArgumentException($"unknown action {action}", nameof(action)),
    };

    /// <summary>Brings the world up to now; true once the play is over or he has given up, when every action returns at once.</summary>
    private bool AdvanceAndCheckDone()
    {
        _context.Sync();
        return World.Over || _abandoned;
    }

    private bool GiveUpUnlessHoldingBall(string what)
    {
        if (World.Holder == State)
        {
            return true;
        }
        GiveUp($"the ball to {what} (he does not have it)");
        return false;
    }

    /// <summary>Logs that he gave up and ends his part: every later action returns at once.</summary>
    private void GiveUp(string what)
    {
        World.GiveUp(State, what);
        _context.Note(State, $"gave up: {what}");
        _abandoned = true;
    }

    /// <summary>Seconds a pass of <paramref name="distance"/> metres at the height takes to arrive (to its first landing in the air).</summary>
    private double FlightTime(double distance, PassHeight height) => height == PassHeight.Ground
        ? World.BallTravelTime(distance, World.PassSpeedFor(distance))
        : World.AirTime(distance, height);

    private double EstimatedRun(PlayerState p, double seconds) => Math.Max(p.Speed, p.MaxSpeed * 0.7) * seconds;

    /// <summary>The first point of the ball's path he can reach before the ball does, or where it stops.</summary>
    private Vec2 MeetingPoint()
    {
        for (var t = 0.1; t <= 6; t += 0.1)
        {
            var at = World.PredictBall(t);
            if (World.PredictBallHeight(t) <= World.ReachHeight(State) && World.CanReachRunning(State, at, t))
            {
                return at;
            }
        }
        return World.PredictBall(60);
    }
}
