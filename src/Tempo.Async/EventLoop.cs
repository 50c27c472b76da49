using System.Diagnostics;
using System.Runtime.CompilerServices;
using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// The simulation's single-threaded event loop: the virtual clock, the queues of work due now (urgent, then what a
/// .NET timer's callback woke, then timers due, then ready), the step that runs one work item under its line's synchronization context, and the guard that
/// keeps every step on the loop's thread. Work due at the same instant runs in (time, priority, sequence) order.
/// </summary>
internal sealed class EventLoop
{
    private readonly string _name;
    private readonly bool _record;
    // A plain context, not a LineContext: ConfigureAwait(false) continuations of tasks completed in the loop's own
    // steps then run inline (deterministically) instead of being queued to the thread pool.
    private readonly SynchronizationContext _loopContext = new();
    private readonly TimerQueue _timers = new();
    private readonly WorkQueue _urgent = new();
    private readonly WorkQueue _ready = new();
    // What a .NET timer's callback woke (a Task.Delay's or a PeriodicTimer's continuation, posted to its line's
    // context): it runs right after the callback, before the next timer due at the same instant, so that wakeups keep
    // their scheduling order whichever API scheduled them. The runtime's own waits resume inline in their timer step.
    private readonly WorkQueue _wakeups = new();
    private readonly ForeignThreadGuard _foreign = new();
    private readonly ConditionWaits _conditions;
    private readonly TurnTaking _turns;
    private readonly LineLifecycle _lines;
    private Exception? _failure;
    // The line whose context is installed (its index, -1 for the loop's own): an int, so the per-step check costs no
    // write barrier.
    private int _installedIndex = -2;
    private Line? _current;
    private Line? _blame;
    private long _now;
    private int _loopThread;
    private bool _inStep;
    private bool _inTimerCallback;
    private long _steps;
    private bool _running;
    private bool _inRunCall;

    public EventLoop(string name, bool record, ConditionWaits conditions, TurnTaking turns, LineLifecycle lines)
    {
        _name = name;
        _record = record;
        _conditions = conditions;
        _turns = turns;
        _lines = lines;
        _loopThread = Environment.CurrentManagedThreadId;
    }

    /// <summary>Virtual time since the start, in ticks.</summary>
    public long NowTicks => _now;

    public TimeSpan Now => new(_now);

    /// <summary>The line whose step is running, or null in the loop's own steps and outside steps.</summary>
    public Line? Current => _current;

    /// <summary>The line a step runs for: its own line, or for a step of the loop itself (a timer), the line blamed for it.</summary>
    public Line? StepOwner => _current ?? (_inStep ? _blame : null);

    /// <summary>Whether a run is in progress (between the start and the end of <see cref="Run"/>).</summary>
    public bool IsRunning => _running;

    public bool IsLoopThread => Environment.CurrentManagedThreadId == _loopThread;

    public bool TimersPending => _timers.HasPending;

    /// <summary>Work that runs before timers and ready work: line starts, turns given, interrupts.</summary>
    public WorkQueue Urgent => _urgent;

    /// <summary>Work due now, in the order it became due.</summary>
    public WorkQueue Ready => _ready;

    public ForeignThreadGuard Foreign => _foreign;

    /// <summary>Whether a call of Run or RunUntil is in progress, its deadlock diagnosis included.</summary>
    public bool InRunCall
    {
        get => Volatile.Read(ref _inRunCall);
        set => Volatile.Write(ref _inRunCall, value);
    }

    /// <summary>
    /// Throws when code reaches the simulation from another thread during a run (its diagnosis included); the loop
    /// reports it as well, since the escaped line's own await may swallow the exception.
    /// </summary>
    public void CheckLoopThread(Line? line)
    {
        if (Environment.CurrentManagedThreadId != _loopThread && InRunCall)
        {
            var message = (line is null ? "code" : $"line '{line.Name}'") + $" used simulation '{_name}' from a thread-pool thread, " +
                "outside its loop (after ConfigureAwait(false) or inside Task.Run); inside lines use no Task.Run and no ConfigureAwait(false)";
            _foreign.Report(message, line);
            throw new SimulationMisuseException(message, line?.Name);
        }
    }

    /// <summary>
    /// Throws, naming the line, when code runs in a timer's step on behalf of the line that set the timer: it continued
    /// after ConfigureAwait(false), and what it does next (<paramref name="action"/>) would be credited to no line.
    /// </summary>
    public void CheckIdentity(string action)
    {
        if (_current is null && _inStep && _blame is { } culprit)
        {
            throw new SimulationMisuseException(
                $"line '{culprit.Name}' lost its line of control: it continued after ConfigureAwait(false) in a timer's step, so {action} " +
                "would be credited to no line; inside a simulation, await without ConfigureAwait(false)",
                culprit.Name);
        }
    }

    /// <summary>The line that starts a wait now (null outside runs and lines); throws if a wait starts outside any line's step.</summary>
    public Line? WaitingLine()
    {
        CheckLoopThread(null);
        if (!_running)
        {
            return null;
        }
        if (_current is null && _inStep)
        {
            CheckIdentity("its wait");
            var culprit = _blame?.Name;
            throw new SimulationMisuseException(
                (culprit is null ? "code" : $"line '{culprit}'") +
                " started a wait outside its line of control (did it continue after ConfigureAwait(false) or in a timer callback?); inside a simulation, await without ConfigureAwait(false)",
                culprit);
        }
        return _current;
    }

    /// <summary>Schedules <paramref name="item"/> at <paramref name="due"/>; returns the due time to cancel it by, or -1 if it is due now.</summary>
    public long ScheduleTimed(long due, Line? line, ITimedItem item, int version)
    {
        if (due <= _now)
        {
            _ready.Enqueue(new WorkItem(line, WorkKind.Timed, item, null, version));
            return -1;
        }
        // The timer queue keeps only whether the item runs on a line: that line is always the item's Blame.
        Debug.Assert(line is null || line == item.Blame, "a timed item runs on the line it blames");
        _timers.Add(due, item, version, line is not null);
        return due;
    }

    public void CancelTimed(long due)
    {
        if (IsLoopThread)
        {
            _timers.Cancel(due);
        }
    }

    public void PostAction(Line? line, Action<object?> action, object? state) =>
        _ready.Enqueue(new WorkItem(line, WorkKind.Action, action, state, 0));

    public void PostUrgent(Line? line, Action<object?> action, object? state) =>
        _urgent.Enqueue(new WorkItem(line, WorkKind.Action, action, state, 0));

    public void PostFromContext(Line? line, SendOrPostCallback callback, object? state)
    {
        if (Environment.CurrentManagedThreadId != _loopThread)
        {
            // A continuation finishing on another thread would run at a moment the loop cannot know: refuse it loudly.
            var message = (line is null ? "a continuation" : $"line '{line.Name}': a continuation") +
                $" came back on the thread pool into simulation '{_name}'; " +
                "inside lines await only the simulation's waits, lines, events, channels and its TimeProvider: no Task.Run, no ConfigureAwait(false)";
            _foreign.Report(message, line);
            return;
        }
        (_inTimerCallback ? _wakeups : _ready).Enqueue(new WorkItem(line, WorkKind.Post, callback, state, 0));
    }

    /// <summary>The number of steps run so far: the current step's number while a step runs.</summary>
    public long Steps => _steps;

    /// <summary>
    /// For the blocked-loop watch, from another thread: the step count, whether a step runs, the line whose step it is
    /// (null in a step of the loop itself) and the line that step is blamed on.
    /// </summary>
    public (long Step, bool InStep, Line? Current, Line? Blame) StepSnapshot() =>
        (Volatile.Read(ref _steps), Volatile.Read(ref _inStep), Volatile.Read(ref _current), Volatile.Read(ref _blame));

    /// <summary>Keeps the first failure nobody handles; the run throws it before its next step.</summary>
    public void ReportFailure(LineFailedException failure) => _failure ??= failure;

    /// <summary>
    /// Runs steps until <paramref name="untilTask"/> completes, nothing is due before <paramref name="until"/>, or
    /// (running to the end) every line has finished.
    /// </summary>
    // Called once per run but spinning millions of times: compile it optimised at once rather than via on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Run(long until, Task? untilTask)
    {
        var previousContext = SynchronizationContext.Current;
        _loopThread = Environment.CurrentManagedThreadId;
        _running = true;
        _installedIndex = -2;
        try
        {
            while (true)
            {
                if (_foreign.HasReport)
                {
                    _foreign.ThrowReported(_lines.All);
                }
                if (_failure is { } failure)
                {
                    _failure = null;
                    throw failure;
                }
                if (untilTask is { IsCompleted: true })
                {
                    return;
                }
                if ((_urgent.Count > 0 && _urgent.TryDequeue(out var item)) || (_wakeups.Count > 0 && _wakeups.TryDequeue(out item)) ||
                    _timers.TryTakeDue(_now, out item) || _ready.TryDequeue(out item))
                {
                    Execute(in item);
                    if (_conditions.Count > 0)
                    {
                        _conditions.WakeThoseThatHold(item.Line);
                    }
                    continue;
                }
                if (_turns.IsActive && _turns.TryGiveTurn(_timers.HasPending, _urgent))
                {
                    continue;
                }
                if (until == long.MaxValue && untilTask is null && _lines.AllFinished)
                {
                    // Every line has finished: timers nobody waits for (an undisposed PeriodicTimer) must not keep
                    // the run, or the clock, going.
                    return;
                }
                if (!_timers.TryPeekTime(out var next))
                {
                    if (until != long.MaxValue)
                    {
                        _now = until;
                    }
                    return;
                }
                if (next >= until)
                {
                    _now = until;
                    return;
                }
                _now = next;
            }
        }
        finally
        {
            _running = false;
            _current = null;
            _inStep = false;
            SynchronizationContext.SetSynchronizationContext(previousContext);
        }
    }

    private void Execute(in WorkItem item)
    {
        var line = item.Line;
        if (item.Kind == WorkKind.Timed &&
            !(item.Callback is DelaySource delay ? delay.IsLive(item.Version) : ((ITimedItem)item.Callback).IsLive(item.Version)))
        {
            return;
        }
        if (_turns.IsActive && line is { Group: { } group } && line != group.Turn && !line.HasFinished)
        {
            (line.Deferred ??= new WorkQueue()).Enqueue(item);
            return;
        }
        _current = line;
        if (line is null)
        {
            // Only steps of the loop itself consult the blame; a line's step blames the line.
            _blame = item.Kind == WorkKind.Timed ? ((ITimedItem)item.Callback).Blame : null;
        }
        _inStep = true;
        _steps++;
        _inTimerCallback = line is null && item.Kind == WorkKind.Timed;
        var index = line?.Index ?? -1;
        if (index != _installedIndex)
        {
            SynchronizationContext.SetSynchronizationContext(line is null ? _loopContext : line.Context);
            _installedIndex = index;
        }
        var tracing = _record && line is not null && !line.HasFinished;
        if (line is not null)
        {
            line.WaitLabel = null;
            line.WaitState = SpanState.Waiting;
            line.Busy = false;
            if (tracing)
            {
                line.Trace.Begin(SpanState.Running, Now);
            }
        }
        try
        {
            switch (item.Kind)
            {
                case WorkKind.Timed when item.Callback is DelaySource due:
                    due.Fire(item.Version);
                    break;
                case WorkKind.Timed:
                    ((ITimedItem)item.Callback).Fire(item.Version);
                    break;
                case WorkKind.Action:
                    ((Action<object?>)item.Callback)(item.State);
                    break;
                default:
                    ((SendOrPostCallback)item.Callback)(item.State);
                    break;
            }
        }
        catch (Exception e)
        {
            // Only async void code or a throwing timer callback gets here; async Task methods keep their exceptions.
            _failure ??= new LineFailedException(line?.Name ?? (line is null ? _blame?.Name : null) ?? _name, Now, e);
        }
        finally
        {
            if (line is not null && line.WaitLabel is null)
            {
                // Waiting for something the runtime does not know (maybe thread-pool work): the step it escaped in.
                line.EscapeStep = _steps;
            }
            if (tracing && !line!.HasFinished)
            {
                line.Trace.Begin(line.WaitState, Now, line.WaitLabel ?? "a task");
            }
            _current = null;
            _inStep = false;
            _inTimerCallback = false;
        }
    }
}
