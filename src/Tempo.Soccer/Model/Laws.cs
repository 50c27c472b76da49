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
    /// Law 9/10: a goal is scored when the whole ball passes over the goal line between the posts
    /// (and under the crossbar; the play is two-dimensional, so shots are taken as below the bar).
    /// Returns where it crossed, or null.
    /// </summary>
    public static Vec2? GoalCrossing(Vec2 from, Vec2 to, double ballRadius)
    {
        var line = Pitch.Length + ballRadius;
        if (from.X >= line || to.X < line)
        {
            return null;
        }
        var t = (line - from.X) / (to.X - from.X);
        var y = from.Y + ((to.Y - from.Y) * t);
        // The whole ball between the posts: a ball whose edge reaches a post's inner edge meets the post, not the net.
        return y - ballRadius > Pitch.LowerPostY && y + ballRadius < Pitch.UpperPostY ? new Vec2(line, y) : null;
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
