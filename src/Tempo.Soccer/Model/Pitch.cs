namespace Tempo.Soccer.Model;

/// <summary>
/// The field of play per IFAB Law 1 (international matches: 100–110 m by 64–75 m; UEFA and FIFA
/// finals use 105 × 68 m). Coordinates are metres: x from the attack's own goal line (0) to the
/// goal it attacks (105), y from one touch line (0) to the other (68).
/// </summary>
public static class Pitch
{
    /// <summary>Touch line to touch line along the attack's direction: goal line to goal line, in metres.</summary>
    public const double Length = 105.0;
    /// <summary>Touch line to touch line, in metres.</summary>
    public const double Width = 68.0;
    /// <summary>The x of the halfway line.</summary>
    public const double HalfwayX = Length / 2;
    /// <summary>The y of the middle of the goals.</summary>
    public const double CentreY = Width / 2;

    /// <summary>Law 1: 7.32 m between the inside of the posts.</summary>
    public const double GoalWidth = 7.32;

    /// <summary>Law 1: the distance from the lower edge of the crossbar to the ground, 2.44 m.</summary>
    public const double CrossbarHeight = 2.44;

    /// <summary>Law 1: the goalposts and crossbar are no more than 12 cm wide (and the goal line as wide as they are).</summary>
    public const double GoalFrameWidth = 0.12;

    /// <summary>Law 1: goal area lines 5.5 m from the inside of each post and 5.5 m into the field.</summary>
    public const double GoalAreaDepth = 5.5;
    /// <summary>The goal area's width along the goal line.</summary>
    public const double GoalAreaWidth = GoalWidth + (2 * 5.5);

    /// <summary>Law 1: penalty area lines 16.5 m from the inside of each post and 16.5 m into the field.</summary>
    public const double PenaltyAreaDepth = 16.5;
    /// <summary>The penalty area's width along the goal line.</summary>
    public const double PenaltyAreaWidth = GoalWidth + (2 * 16.5);

    /// <summary>Law 1: the penalty mark is 11 m from the midpoint between the posts.</summary>
    public const double PenaltyMarkDistance = 11.0;

    /// <summary>Law 1: centre circle and penalty arc radius 9.15 m.</summary>
    public const double CentreCircleRadius = 9.15;

    /// <summary>Law 1: the corner arc's radius, 1 m.</summary>
    public const double CornerArcRadius = 1.0;

    /// <summary>The y of the inside of the lower post.</summary>
    public static double LowerPostY => CentreY - (GoalWidth / 2);

    /// <summary>The y of the inside of the upper post.</summary>
    public static double UpperPostY => CentreY + (GoalWidth / 2);

    /// <summary>The middle of the goal the attack plays towards.</summary>
    public static Vec2 AttackedGoal => new(Length, CentreY);

    /// <summary>The middle of the attack's own goal.</summary>
    public static Vec2 OwnGoal => new(0, CentreY);

    /// <summary>True when the point is on the field of play (lines included: they belong to the areas they bound).</summary>
    public static bool Contains(Vec2 p) => p.X >= 0 && p.X <= Length && p.Y >= 0 && p.Y <= Width;

    /// <summary>True when the point lies in the penalty area in front of the goal the attack plays towards.</summary>
    public static bool InAttackedPenaltyArea(Vec2 p) =>
        p.X >= Length - PenaltyAreaDepth && p.X <= Length && Math.Abs(p.Y - CentreY) <= PenaltyAreaWidth / 2;

    /// <summary>True when the point lies in the penalty area in front of the attack's own goal.</summary>
    public static bool InOwnPenaltyArea(Vec2 p) =>
        p.X >= 0 && p.X <= PenaltyAreaDepth && Math.Abs(p.Y - CentreY) <= PenaltyAreaWidth / 2;
}
