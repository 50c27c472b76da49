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

    /// <summary>
    /// The next line to get a turn, taken off the pending queue, or null while the line with the turn can still go on
    /// by itself (<paramref name="timersPending"/> says whether any timer is pending in the simulation).
    /// </summary>
    public Line? TakeNextTurn(bool timersPending)
    {
        while (Pending.TryPeek(out var ended) && ended.HasFinished)
        {
            Pending.Dequeue();
        }
        if (Pending.Count == 0)
        {
            return null;
        }
        // The line with the turn keeps it while busy with its own work (a delay, a timer, work until); otherwise the next line gets a turn.
        if (Turn is { } holder && (WholeSimulation ? timersPending : holder.Busy))
        {
            return null;
        }
        var line = Pending.Dequeue();
        line.TurnCancellation.Unregister();
        Turns.Add(line);
        return line;
    }

    /// <summary>A line of the group finished: the line whose turn it gives back gets its held-back work into <paramref name="ready"/>.</summary>
    public void EndTurn(Line line, WorkQueue ready)
    {
        Turns.Remove(line);
        if (Turn is { Deferred: { Count: > 0 } deferred })
        {
            while (deferred.TryDequeue(out var item))
            {
                ready.Enqueue(item);
            }
        }
    }

    /// <summary>For a woken line held back until the lines given turns after it finish: "its turn back (after …)"; else null.</summary>
    public string? TurnBackLabel(Line line)
    {
        if (line.Deferred is not { Count: > 0 } || Turn == line || Turns.IndexOf(line) is not (>= 0 and var at))
        {
            return null;
        }
        return $"its turn back (after {string.Join(", ", Turns.Skip(at + 1).Select(l => $"'{l.Name}'"))})";
    }
}
