namespace Tempo.Soccer.Engine;

/// <summary>What kind of thing an entry of the event log records; <see cref="PlayEventTypes.Name"/> gives the name the JSON uses.</summary>
public enum PlayEventType : byte
{
    /// <summary>"Pass": a player plays the ball to a teammate or into space.</summary>
    Pass,

    /// <summary>"Ball Receipt": an attacker controls the ball.</summary>
    BallReceipt,

    /// <summary>"Dribble": the holder beats a defender in a duel.</summary>
    Dribble,

    /// <summary>"Duel": a defender tackles the holder and wins the ball.</summary>
    Duel,

    /// <summary>"Shot".</summary>
    Shot,

    /// <summary>"Goal": the whole ball crossed the goal line between the posts.</summary>
    Goal,

    /// <summary>"Save": the goalkeeper keeps the shot out.</summary>
    Save,

    /// <summary>"Goal Keeper": the goalkeeper dives but cannot keep the shot out.</summary>
    GoalKeeper,

    /// <summary>"Interception": a defender takes a pass.</summary>
    Interception,

    /// <summary>"Block": a defender blocks a shot.</summary>
    Block,

    /// <summary>"Onside": the referee's judgement when a pass is played to a teammate who is onside.</summary>
    Onside,

    /// <summary>"Offside Position": the same judgement for a teammate in an offside position.</summary>
    OffsidePosition,

    /// <summary>"Offside": the player in an offside position plays the ball and is penalised.</summary>
    Offside,

    /// <summary>"Out": the ball left the field.</summary>
    Out,

    /// <summary>"Possession": the defence has the ball; the play is over.</summary>
    Possession,

    /// <summary>"Gave Up": a player stopped waiting.</summary>
    GaveUp,

    /// <summary>"Horizon": nothing decided the play in time.</summary>
    Horizon,

    /// <summary>"Deadlock": every line waited for another.</summary>
    Deadlock,

    /// <summary>The ball struck a post or the crossbar (Law 1's goal frame) and rebounded.</summary>
    GoalFrame,
}
