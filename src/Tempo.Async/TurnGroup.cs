namespace Tempo.Async;

/// <summary>
/// Lines that take turns: one at a time in start order, each until it finishes, while lines outside the group go on.
/// A sequential simulation puts every line in one group; a sequential scope puts its own lines in a group of their own.
/// </summary>
internal sealed class TurnGroup(bool wholeSimulation)
{
    /// <summary>Lines started but not yet given a turn, in start order.</summary>
    public Queue<Line> Pending { get; } = new();

    /// <summary>Lines that have had a turn and not finished; the last one has the turn now.</summary>
    public List<Line> Turns { get; } = [];

    /// <summary>
    /// In a sequential simulation nothing else runs, so the line with the turn keeps it while any timer is pending; in
    /// a sequential scope other lines' timers say nothing about it, so it keeps the turn only while busy with its own work.
    /// </summary>
    public bool WholeSimulation { get; } = wholeSimulation;

    public Line? Turn => Turns.Count > 0 ? Turns[^1] : null;
}
