namespace Tempo.Soccer.Model;

/// <summary>How the ball was put into play; Law 11 has no offside offence straight from some restarts.</summary>
public enum Restart : byte
{
    /// <summary>The ball is in play: offside applies.</summary>
    OpenPlay,
    /// <summary>Law 15: no offside from a throw-in.</summary>
    ThrowIn,
    /// <summary>Law 16: no offside from a goal kick.</summary>
    GoalKick,
    /// <summary>Law 17: no offside from a corner kick.</summary>
    CornerKick,

    /// <summary>Law 13: a free kick, taken from the place of the offence; offside applies.</summary>
    FreeKick,
}
