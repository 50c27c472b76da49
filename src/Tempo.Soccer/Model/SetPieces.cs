namespace Tempo.Soccer.Model;

/// <summary>
/// Where a restart is taken and where opponents may stand until the ball is in play (Laws 13, 15, 16, 17),
/// as pure functions of positions. The attack plays towards x = 105, so its corners are at x = 105 and its goal
/// kicks are taken from the goal area at x = 0.
/// </summary>
public static class SetPieces
{
    /// <summary>Law 13 and 17: opponents stay at least this far (metres) from the ball (from the corner arc at a corner).</summary>
    public const double RestartDistance = 9.15;

    /// <summary>Law 15: opponents stay at least this far (metres) from the point of a throw-in.</summary>
    public const double ThrowInDistance = 2.0;

    /// <summary>How far inside the corner arc the ball is placed (metres from the corner flag along the diagonal).</summary>
    private const double CornerSpotInset = 0.5;

    /// <summary>How far from the taker the ball lies, towards the goal he attacks (as for a ball at his feet in open play).</summary>
    private const double BallAhead = 0.4;

    /// <summary>
    /// Where the ball is placed for the restart taken by a player standing at <paramref name="taker"/>: at a corner
    /// (Law 17) inside the arc of the nearer corner of the attacked goal line, so within the field; at a goal kick
    /// (Law 16) inside the goal area; at a free kick (Law 13) at the taker's place; at a throw-in on the touch line.
    /// </summary>
    public static Vec2 BallSpot(Restart restart, Vec2 taker)
    {
        var ahead = new Vec2(Math.Clamp(taker.X + BallAhead, 0, Pitch.Length), Math.Clamp(taker.Y, 0, Pitch.Width));
        switch (restart)
        {
            case Restart.CornerKick:
                var corner = Corner(taker);
                var inward = new Vec2(-1, corner.Y > Pitch.CentreY ? -1 : 1).Normalized();
                return corner + (inward * CornerSpotInset);
            case Restart.GoalKick:
                var half = Pitch.GoalAreaWidth / 2;
                return new Vec2(Math.Clamp(ahead.X, 0, Pitch.GoalAreaDepth), Math.Clamp(ahead.Y, Pitch.CentreY - half, Pitch.CentreY + half));
            case Restart.ThrowIn:
                return new Vec2(ahead.X, taker.Y > Pitch.CentreY ? Pitch.Width : 0);
            default:
                return ahead;
        }
    }

    /// <summary>The corner flag of the attacked goal line nearer to a point.</summary>
    public static Vec2 Corner(Vec2 near) => new(Pitch.Length, near.Y > Pitch.CentreY ? Pitch.Width : 0);

    /// <summary>
    /// The nearest place to <paramref name="opponent"/> where the Laws let an opponent of the team taking the restart
    /// stand until the ball is in play: 9.15 m from the ball at a free kick, 9.15 m from the corner arc at a corner,
    /// outside the penalty area at a goal kick, 2 m from the point of a throw-in. In open play, where he is.
    /// </summary>
    public static Vec2 KeepAway(Restart restart, Vec2 ball, Vec2 opponent)
    {
        switch (restart)
        {
            case Restart.FreeKick:
                return OutsideCircle(ball, RestartDistance, opponent);
            case Restart.CornerKick:
                return OutsideCircle(Corner(ball), Pitch.CornerArcRadius + RestartDistance, opponent);
            case Restart.ThrowIn:
                return OutsideCircle(ball, ThrowInDistance, opponent);
            case Restart.GoalKick when Pitch.InOwnPenaltyArea(opponent):
                var half = Pitch.PenaltyAreaWidth / 2;
                var toFront = Pitch.PenaltyAreaDepth - opponent.X;
                var toSide = half - Math.Abs(opponent.Y - Pitch.CentreY);
                return toFront <= toSide
                    ? new Vec2(Pitch.PenaltyAreaDepth + 0.01, opponent.Y)
                    : new Vec2(opponent.X, Pitch.CentreY + (Math.Sign(opponent.Y - Pitch.CentreY + 1e-9) * (half + 0.01)));
            default:
                return opponent;
        }
    }

    private static Vec2 OutsideCircle(Vec2 centre, double radius, Vec2 p)
    {
        var offset = p - centre;
        var d = offset.Length;
        if (d >= radius)
        {
            return p;
        }
        // Straight away from the centre, or towards the halfway line if he stands on it; kept on the pitch.
        var away = d < 1e-6 ? new Vec2(-1, 0) : offset * (1 / d);
        var pushed = centre + (away * (radius + 0.01));
        return new Vec2(Math.Clamp(pushed.X, 0, Pitch.Length), Math.Clamp(pushed.Y, 0, Pitch.Width));
    }
}
