namespace Tempo.Soccer.Model;

/// <summary>
/// The Laws of the Game that a play needs, as pure functions of positions. Coordinates as in
/// <see cref="Pitch"/>: the attack plays towards x = 105.
/// </summary>
public static class Laws
{
    /// <summary>
    /// Law 11: an attacker is in an offside position if he is in the opponents' half (the halfway
    /// line itself is not) and nearer to the opponents' goal line than both the ball and the
    /// second-last opponent; level is onside. There is no offence from a throw-in, goal kick or corner.
    /// </summary>
    public static OffsideCall JudgeOffside(Vec2 attacker, Vec2 ball, ReadOnlySpan<Vec2> opponents, ReadOnlySpan<int> opponentNumbers, Restart restart)
    {
        var (secondLastX, secondLastNumber) = SecondLast(opponents, opponentNumbers);
        if (restart is Restart.ThrowIn or Restart.GoalKick or Restart.CornerKick)
        {
            return new(false, $"no offside offence from a {Describe(restart)}", attacker.X, ball.X, secondLastX, secondLastNumber);
        }
        if (attacker.X <= Pitch.HalfwayX)
        {
            return new(false, "in his own half", attacker.X, ball.X, secondLastX, secondLastNumber);
        }
        if (attacker.X <= ball.X)
        {
            return new(false, "level with or behind the ball", attacker.X, ball.X, secondLastX, secondLastNumber);
        }
        if (attacker.X <= secondLastX)
        {
            return new(false, "level with or behind the second-last opponent", attacker.X, ball.X, secondLastX, secondLastNumber);
        }
        return new(true, "nearer the goal line than both the ball and the second-last opponent", attacker.X, ball.X, secondLastX, secondLastNumber);
    }

    /// <summary>The second-last opponent from the goal line (usually the last outfield defender), with his number.</summary>
    public static (double X, int Number) SecondLast(ReadOnlySpan<Vec2> opponents, ReadOnlySpan<int> numbers)
    {
        double firstX = double.NegativeInfinity, secondX = double.NegativeInfinity;
        int firstNumber = 0, secondNumber = 0;
        for (var i = 0; i < opponents.Length; i++)
        {
            var x = opponents[i].X;
            if (x > firstX)
            {
                (secondX, secondNumber) = (firstX, firstNumber);
                (firstX, firstNumber) = (x, numbers[i]);
            }
            else if (x > secondX)
            {
                (secondX, secondNumber) = (x, numbers[i]);
            }
        }
        return (secondX, secondNumber);
    }

    /// <summary>
    /// Law 9/10: a goal is scored when the whole ball passes over the goal line between the posts, for a ball along
    /// the ground. Returns where it crossed, or null.
    /// </summary>
    public static Vec2? GoalCrossing(Vec2 from, Vec2 to, double ballRadius) => GoalCrossing(from, to, ballRadius, 0, 0);

    /// <summary>
    /// Law 9/10: a goal is scored when the whole ball passes over the goal line between the posts and under the
    /// crossbar (its top below the bar's lower edge, 2.44 m). <paramref name="fromHeight"/> and <paramref name="toHeight"/>
    /// are the ball centre's heights at the two points. Returns where it crossed, or null.
    /// </summary>
    public static Vec2? GoalCrossing(Vec2 from, Vec2 to, double ballRadius, double fromHeight, double toHeight)
    {
        var line = Pitch.Length + ballRadius;
        if (from.X >= line || to.X < line)
        {
            return null;
        }
        var t = (line - from.X) / (to.X - from.X);
        var y = from.Y + ((to.Y - from.Y) * t);
        var z = fromHeight + ((toHeight - fromHeight) * t);
        // The whole ball between the posts: a ball whose edge reaches a post's inner edge meets the post, not the net.
        return y - ballRadius > Pitch.LowerPostY && y + ballRadius < Pitch.UpperPostY && z + ballRadius < Pitch.CrossbarHeight ? new Vec2(line, y) : null;
    }

    /// <summary>
    /// Law 1: the goal frame the ball strikes between two points, if any. The posts and the crossbar stand on the goal
    /// line (x from 105 − 0.12 to 105, posts outside y 30.34–37.66, the bar from 2.44 to 2.56 m); the ball meets the
    /// frame when, as its front reaches the frame's face, the ball overlaps a post or the bar. Returns where, how high, and which.
    /// </summary>
    public static GoalFrameHit? GoalFrameStrike(Vec2 from, Vec2 to, double ballRadius, double fromHeight, double toHeight)
    {
        var face = Pitch.Length - Pitch.GoalFrameWidth - ballRadius;
        if (from.X >= face || to.X < face)
        {
            return null;
        }
        var t = (face - from.X) / (to.X - from.X);
        var y = from.Y + ((to.Y - from.Y) * t);
        var z = fromHeight + ((toHeight - fromHeight) * t);
        var top = Pitch.CrossbarHeight + Pitch.GoalFrameWidth;
        var lowerPost = y - ballRadius < Pitch.LowerPostY && y + ballRadius > Pitch.LowerPostY - Pitch.GoalFrameWidth;
        var upperPost = y + ballRadius > Pitch.UpperPostY && y - ballRadius < Pitch.UpperPostY + Pitch.GoalFrameWidth;
        if ((lowerPost || upperPost) && z - ballRadius < top)
        {
            return new GoalFrameHit(new Vec2(face, y), z, z > Pitch.CrossbarHeight ? GoalFrame.Crossbar : GoalFrame.Post);
        }
        var underBarSpan = y > Pitch.LowerPostY - Pitch.GoalFrameWidth && y < Pitch.UpperPostY + Pitch.GoalFrameWidth;
        return underBarSpan && z + ballRadius > Pitch.CrossbarHeight && z - ballRadius < top
            ? new GoalFrameHit(new Vec2(face, y), z, GoalFrame.Crossbar)
            : null;
    }

    /// <summary>Law 9: the ball is out of play when it has wholly crossed a goal line or touch line (not as a goal).</summary>
    public static bool IsOutOfPlay(Vec2 ball, double ballRadius) =>
        ball.X < -ballRadius || ball.X > Pitch.Length + ballRadius || ball.Y < -ballRadius || ball.Y > Pitch.Width + ballRadius;

    /// <summary>Law 15/16/17: the restart after the ball left the field at <paramref name="ball"/>, last touched by <paramref name="lastTouch"/>.</summary>
    public static Restart RestartAfterOut(Vec2 ball, Side lastTouch)
    {
        if (ball.Y < 0 || ball.Y > Pitch.Width)
        {
            return Restart.ThrowIn;
        }
        // Over the goal line the attack plays towards: defence last touched it => corner, else goal kick.
        if (ball.X > Pitch.Length)
        {
            return lastTouch == Side.Defence ? Restart.CornerKick : Restart.GoalKick;
        }
        return lastTouch == Side.Attack ? Restart.CornerKick : Restart.GoalKick;
    }

    /// <summary>How a restart is called in words, e.g. "goal kick".</summary>
    public static string Describe(Restart restart) => restart switch
    {
        Restart.ThrowIn => "throw-in",
        Restart.GoalKick => "goal kick",
        Restart.CornerKick => "corner kick",
        Restart.FreeKick => "free kick",
        _ => "open play",
    };
}
