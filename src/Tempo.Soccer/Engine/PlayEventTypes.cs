namespace Tempo.Soccer.Engine;

/// <summary>The names of <see cref="PlayEventType"/> as the event log's JSON writes them (StatsBomb's where StatsBomb has one).</summary>
public static class PlayEventTypes
{
    private static readonly string[] Names =
    [
        "Pass", "Ball Receipt", "Dribble", "Duel", "Shot", "Goal", "Save", "Goal Keeper", "Interception", "Block",
        "Onside", "Offside Position", "Offside", "Out", "Possession", "Gave Up", "Horizon", "Deadlock", "Goal Frame",
    ];

    /// <summary>The type's name, e.g. "Ball Receipt".</summary>
    public static string Name(this PlayEventType type) => Names[(int)type];
}
