namespace Tempo.Async;

/// <summary>
/// The simulation's turn groups (sequential mode): the one of a sequential simulation, holding every line, and one per
/// sequential scope opened in a concurrent simulation. The loop gives the next turn when no work is due.
/// </summary>
internal sealed class TurnTaking
{
    private readonly List<TurnGroup> _groups = [];

    public TurnTaking(ExecutionMode mode)
    {
        if (mode == ExecutionMode.Sequential)
        {
            Root = new TurnGroup(wholeSimulation: true);
            _groups.Add(Root);
            IsActive = true;
        }
    }

    /// <summary>The group of a sequential simulation, which every line joins; null in a concurrent simulation.</summary>
    public TurnGroup? Root { get; }

    /// <summary>Whether any group exists, so that the loop must hold back work of lines without the turn.</summary>
    public bool IsActive { get; private set; }

    /// <summary>
    /// The group a scope opened by a line of <paramref name="openerGroup"/> puts its lines in: the opener's (a mode can
    /// only make a scope stricter), else a new group for a sequential scope, else none.
    /// </summary>
    public TurnGroup? GroupForScope(TurnGroup? openerGroup, ExecutionMode mode)
    {
        var group = openerGroup ?? Root;
        if (mode == ExecutionMode.Sequential && group is null)
        {
            group = new TurnGroup(wholeSimulation: false);
            _groups.Add(group);
            IsActive = true;
        }
        return group;
    }

    /// <summary>Gives the next turn in the first group that has one to give, queueing the line's start as urgent work.</summary>
    public bool TryGiveTurn(bool timersPending, WorkQueue urgent)
    {
        foreach (var group in _groups)
        {
            if (group.TakeNextTurn(timersPending) is not { } line)
            {
                continue;
            }
            urgent.Enqueue(new WorkItem(line, WorkKind.Action, LineLifecycle.BeginLine, line, 0));
            // Interrupts that came while the line waited for its turn reach it at its first wait, as they would have
            // reached a line started concurrently.
            if (line.Deferred is { Count: > 0 } early)
            {
                while (early.TryDequeue(out var item))
                {
                    urgent.Enqueue(item);
                }
            }
            return true;
        }
        return false;
    }
}
