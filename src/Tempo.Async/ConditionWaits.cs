using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// The waits on a condition (<see cref="Simulation.WaitUntilAsync(string, Func{bool}, CancellationToken)"/>,
/// <see cref="Simulation.WorkUntilAsync"/>): each condition is checked when the wait starts and again after every
/// step of the loop, and the wait completes, in its owner's step, once it holds.
/// </summary>
internal sealed class ConditionWaits(Simulation simulation)
{
    private readonly List<Promise<bool>> _waits = [];

    /// <summary>How many conditions are watched (the loop checks them only when there are some).</summary>
    public int Count => _waits.Count;

    /// <summary>
    /// Starts a wait for <paramref name="condition"/>; <paramref name="state"/> says whether the line waits (a link from
    /// the line that made it true, or from <paramref name="cause"/>) or works until it holds (no link).
    /// </summary>
    public Task WaitAsync(string what, Func<bool> condition, SpanState state, Line? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(condition);
        var owner = simulation.Loop.WaitingLine();
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException(interrupt);
        }
        if (condition())
        {
            return Task.CompletedTask;
        }
        var promise = new Promise<bool>(simulation, owner, what, condition) { EndsOwnWork = state == SpanState.Running, Cause = cause, Subject = $"'{what}' to hold" };
        owner?.RegisterWait(promise, what, state, busy: state == SpanState.Running);
        promise.Watch(cancellationToken);
        _waits.Add(promise);
        return promise.Task;
    }

    /// <summary>After a step of <paramref name="stepLine"/>, completes every wait whose condition now holds (and fails those whose condition threw).</summary>
    public void WakeThoseThatHold(Line? stepLine)
    {
        var loop = simulation.Loop;
        var turns = simulation.Turns;
        for (var i = 0; i < _waits.Count; i++)
        {
            var wait = _waits[i];
            if (wait.Done)
            {
                _waits.RemoveAt(i--);
                continue;
            }
            if (turns.IsActive && wait.Owner is { Group: { } group } && wait.Owner != group.Turn)
            {
                continue;
            }
            bool holds;
            try
            {
                holds = wait.Condition!();
            }
            catch (Exception e)
            {
                _waits.RemoveAt(i--);
                loop.PostAction(wait.Owner, static state =>
                {
                    var (p, error) = ((Promise<bool>, Exception))state!;
                    p.Fail(error);
                }, (wait, e));
                continue;
            }
            if (holds)
            {
                _waits.RemoveAt(i--);
                if (!wait.EndsOwnWork)
                {
                    simulation.Link(wait.Cause ?? stepLine, wait.Owner, wait.Label);
                }
                loop.PostAction(wait.Owner, static state => ((Promise<bool>)state!).Finish(true), wait);
            }
        }
    }
}
