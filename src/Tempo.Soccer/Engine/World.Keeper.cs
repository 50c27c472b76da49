using System.Globalization;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>
/// The goalkeeper against a shot: his dive's reach in three dimensions, growing after his reaction time from where he
/// stood when the shot was struck, and his chance to keep out a ball on its actual path and height.
/// </summary>
internal sealed partial class World
{
    /// <summary>The longest a shot is followed ahead, seconds, when judging how near it comes to the keeper's dive.</summary>
    private const double KeeperLookAhead = 2.0;

    private Vec2[] _standingAtShot = [];

    /// <summary>
    /// How far sideways a keeper's hands reach a ball at <paramref name="height"/>, <paramref name="sinceShot"/> seconds
    /// after the shot: his body only (<see cref="PhysicsParameters.BodyReach"/>) until his reaction time is up; then his
    /// standing reach (<see cref="PhysicsParameters.GoalkeeperStandReach"/>) plus the dive, whose centre of mass speeds up
    /// evenly to <see cref="PhysicsParameters.GoalkeeperDiveSpeed"/> over <see cref="PhysicsParameters.GoalkeeperPushOff"/>
    /// and flies on at it, up to his full stretch (<see cref="PhysicsParameters.GoalkeeperReach"/>). Above hip height the
    /// reach narrows (<see cref="KeeperReachAt(double, double, PhysicsParameters)"/>).
    /// </summary>
    internal static double DiveReach(double sinceShot, double reactionTime, double height, PhysicsParameters p)
    {
        if (sinceShot < reactionTime)
        {
            return Math.Min(p.BodyReach, KeeperReachAt(height, p));
        }
        var moving = sinceShot - reactionTime;
        var v = p.GoalkeeperDiveSpeed;
        var pushOff = p.GoalkeeperPushOff;
        var dive = moving < pushOff ? 0.5 * v * moving * moving / pushOff : v * (moving - (pushOff / 2));
        var sideways = Math.Min(p.GoalkeeperReach, p.GoalkeeperStandReach + dive);
        return Math.Max(Math.Min(p.BodyReach, KeeperReachAt(height, p)), KeeperReachAt(height, sideways, p));
    }

    /// <summary>True for the defending goalkeeper facing a shot in flight: his reach is his dive's.</summary>
    private bool FacesShot(PlayerState p) => ShotInFlight && p.Spec.Role == Role.Goalkeeper && p.Id.Side == Side.Defence;

    /// <summary>Where a keeper facing the shot reaches from: where he stood when it was struck (the dive is his movement since).</summary>
    private Vec2 DiveOrigin(PlayerState p) => p.Index < _standingAtShot.Length ? _standingAtShot[p.Index] : p.Position;

    /// <summary>Notes where every player stands as a shot is struck.</summary>
    private void NoteStandingAtShot()
    {
        if (_standingAtShot.Length != _players.Length)
        {
            _standingAtShot = new Vec2[_players.Length];
        }
        foreach (var p in _players)
        {
            _standingAtShot[p.Index] = p.Position;
        }
    }

    /// <summary>
    /// The nearest the shot comes to the keeper's dive on its path from now until it crosses the goal line, as a
    /// fraction of his reach then (0 at his body, 1 at his fingertips), and when.
    /// </summary>
    private (double Fraction, double At) ClosestToDive(PlayerState keeper)
    {
        var origin = DiveOrigin(keeper);
        var best = (Fraction: double.MaxValue, At: Time);
        for (var t = 0.0; t <= KeeperLookAhead; t += Physics.TimeStep)
        {
            var ball = Predict(t);
            if (!Pitch.Contains(ball.Position))
            {
                break;
            }
            if (ball.Height > ReachHeight(keeper))
            {
                continue;
            }
            var reach = DiveReach(Time + t - _kickTime, keeper.ReactionTime, ball.Height, Physics);
            var fraction = reach <= 0 ? double.MaxValue : origin.DistanceTo(ball.Position) / reach;
            if (fraction < best.Fraction)
            {
                best = (fraction, Time + t);
            }
        }
        return best;
    }

    /// <summary>
    /// The keeper dives at a shot that came within his reach: he keeps it out with a probability that falls from
    /// <see cref="SaveProbabilityNear"/> for a ball at his body to nothing at his fingertips, judged where the ball
    /// passes nearest his dive; a save leaves him on the ball. Returns false if the ball beats him (it flies on).
    /// </summary>
    private bool TrySave(PlayerState keeper)
    {
        var (fraction, at) = ClosestToDive(keeper);
        fraction = Math.Min(1, fraction);
        var p = SaveProbabilityNear * (1 - fraction);
        var roll = Luck(keeper).NextDouble();
        var data = !_recordDetail ? null : new Dictionary<string, string>
        {
            ["keeperAt"] = DiveOrigin(keeper).ToString(),
            ["ball"] = BallPosition.ToString(),
            ["height"] = BallHeight.ToString("0.00", CultureInfo.InvariantCulture),
            ["sinceShot"] = (Time - _kickTime).ToString("0.00", CultureInfo.InvariantCulture),
            ["reactionTime"] = keeper.ReactionTime.ToString("0.00", CultureInfo.InvariantCulture),
            ["nearestAt"] = (at - _kickTime).ToString("0.00", CultureInfo.InvariantCulture),
            ["nearestOfReach"] = fraction.ToString("0.00", CultureInfo.InvariantCulture),
            ["saveProbability"] = p.ToString("0.000", CultureInfo.InvariantCulture),
            ["roll"] = roll.ToString("0.000", CultureInfo.InvariantCulture),
        };
        if (roll >= p)
        {
            _beatenKeepers.Add(keeper.Index);
            Log(PlayEventType.GoalKeeper, keeper, $"{keeper.Id} dives but cannot keep it out", BallPosition, data, outcome: "Beaten");
            return false;
        }
        Log(PlayEventType.Save, keeper, $"{keeper.Id} saves", BallPosition, data, outcome: "Saved");
        EndFlight(BallPosition, "Saved");
        // His dive ends on the ball: he lies where he caught it (the dive itself is his reach, not his run).
        keeper.Position = BallPosition;
        keeper.Speed = 0;
        Stop(keeper);
        TakePossession(keeper, "saved");
        return true;
    }
}
