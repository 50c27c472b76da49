using System.Runtime.CompilerServices;
using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// A deterministic, single-threaded event loop on virtual time. Ordinary <c>async</c> methods run on it as named
/// lines of control; its <see cref="TimeProvider"/> makes <c>Task.Delay</c>, <c>PeriodicTimer</c> and timed
/// cancellation run on the virtual clock, which jumps to the next timer whenever every line waits. Work due at the
/// same instant runs in (time, priority, sequence) order, so a run is reproducible bit for bit.
/// </summary>
public sealed class Simulation : IDisposable
{
    private static readonly Action<object?> BeginLine = static state => ((Line)state!).Simulation.RunBody((Line)state!);
    private static readonly Action<object?> FinishLine = static state => ((Line)state!).Simulation.CompleteLine((Line)state!);

    // A line of a sequential scope cancelled before its turn ends cancelled there and then: its body never runs.
    private static readonly Action<object?> CancelBeforeTurn = static state => ((Line)state!).Simulation.QueueEndBeforeTurn((Line)state!);

    private static readonly Action<object?> EndBeforeTurn = static state =>
    {
        var line = (Line)state!;
        if (line.Started || line.Finished)
        {
            return;
        }
        line.BodyTask = Task.FromCanceled(line.Token);
        line.Simulation.OnBodyCompleted(line);
    };

    private static readonly Action<object?> DeliverInterrupt = static state =>
    {
        var (target, exception) = ((Line, InterruptException))state!;
        if (target.Finished)
        {
            return;
        }
        if (target.CurrentWait is { } wait)
        {
            wait.Abort(exception);
        }
        else
        {
            target.PendingInterrupt = exception;
        }
    };

    private readonly VirtualTimeProvider _timeProvider;
    // A plain context, not a LineContext: ConfigureAwait(false) continuations of tasks completed in the loop's own
    // steps then run inline (deterministically) instead of being queued to the thread pool.
    private readonly SynchronizationContext _loopContext = new();
    private readonly TimerQueue _timers = new();
    private readonly WorkQueue _urgent = new();
    private readonly WorkQueue _ready = new();
    private readonly List<Promise<bool>> _conditions = [];
    private readonly List<Line> _lines = [];
    private readonly List<TurnGroup> _groups = [];
    private readonly TurnGroup? _root;
    private readonly Stack<DelaySource> _delays = new();
    private readonly Lock _foreignLock = new();
    private readonly ManualResetEventSlim _foreignSignal = new(false);
    private readonly bool _record;
    private SimulationMisuseException? _foreignMisuse;
    private volatile bool _foreignPosted;
    private Exception? _failure;
    // The line whose context is installed (its index, -1 for the loop's own): an int, so the per-step check costs no
    // write barrier.
    private int _installedIndex = -2;
    private Line? _current;
    private Line? _blame;
    private long _now;
    private int _unfinished;
    private int _loopThread;
    private bool _inStep;
    private bool _running;
    private bool _ended;
    private bool _disposed;
    private bool _takingTurns;

    /// <summary>Creates a simulation at virtual time zero.</summary>
    public Simulation(SimulationOptions? options = null)
    {
        Options = options ?? new SimulationOptions();
        if (Options.Mode == ExecutionMode.Sequential)
        {
            _root = new TurnGroup(wholeSimulation: true);
            _groups.Add(_root);
            _takingTurns = true;
        }
        _record = Options.RecordTrace;
        _timeProvider = new VirtualTimeProvider(this, Options.StartTime);
        _loopThread = Environment.CurrentManagedThreadId;
        Random = new Random(Options.Seed);
        Trace = new Trace(Options.Name);
    }

    /// <summary>The settings the simulation was created with.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The virtual clock: pass it to <c>Task.Delay</c>, <c>PeriodicTimer</c>, <c>CancellationTokenSource</c>.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Virtual time since the start.</summary>
    public TimeSpan Now => new(_now);

    /// <summary>The simulation's seeded random source; use it instead of <c>Random.Shared</c> inside lines.</summary>
    public Random Random { get; }

    /// <summary>What every line did and when: running, waiting for what, done, faulted, cancelled.</summary>
    public Trace Trace { get; }

    /// <summary>The name of the line whose code is running now, or null outside lines.</summary>
    public string? CurrentLineName => _current?.Name;

    /// <summary>Whether <see cref="Run"/> has finished (or failed) or the simulation was disposed; no new lines may start.</summary>
    public bool HasEnded => _ended;

    internal long NowTicks => _now;

    internal Line? CurrentLine => _current;

    internal bool IsLoopThread => Environment.CurrentManagedThreadId == _loopThread;

    /// <summary>Starts a named line of control; its body runs on the loop from the next step, with the line's token.</summary>
    public LineOfControl Start(string name, Func<CancellationToken, Task> body) => StartLine(name, body, null);

    /// <summary>Starts a named line of control that produces a value.</summary>
    public LineOfControl<T> Start<T>(string name, Func<CancellationToken, Task<T>> body) => StartLine(name, body, null);

    /// <summary>Opens a scope owned by the current line (or by the caller outside lines); see <see cref="Scope"/>.</summary>
    public Scope OpenScope(string name, CancellationToken cancellationToken = default) =>
        OpenScope(name, ExecutionMode.Concurrent, cancellationToken);

    /// <summary>
    /// Opens a scope whose lines run as <paramref name="mode"/> says. <see cref="ExecutionMode.Sequential"/>: they take
    /// turns, one at a time in start order, each until it finishes (a line that waits for something other than its own
    /// work, a delay or a timer, passes the turn on to the next), while every line outside the scope goes on
    /// concurrently, as the world goes on around a synchronous program. <see cref="ExecutionMode.Concurrent"/>: the
    /// scope's lines run as the lines that opened it do. A mode can only make a scope stricter: inside a sequential scope
    /// (or simulation) every scope, whatever its mode, joins the same turns.
    /// </summary>
    public Scope OpenScope(string name, ExecutionMode mode, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckLoopThread(null);
        var group = _current?.Group ?? _root;
        if (mode == ExecutionMode.Sequential && group is null)
        {
            group = new TurnGroup(wholeSimulation: false);
            _groups.Add(group);
            _takingTurns = true;
        }
        return new Scope(this, name, _current, group, cancellationToken);
    }

    /// <summary>Waits <paramref name="delay"/> of virtual time; the line records "wait: delay".</summary>
    public Task DelayAsync(TimeSpan delay, CancellationToken cancellationToken = default) =>
        TimedWait(delay, "delay", SpanState.Waiting, cancellationToken);

    /// <summary>
    /// Spends <paramref name="duration"/> of virtual time busy with <paramref name="activity"/> (e.g. "running to x=80");
    /// the line records a running span with that label rather than a wait. <see cref="BusyAsync"/> is its pooled,
    /// allocation-free form for hot loops.
    /// </summary>
    public Task WorkAsync(TimeSpan duration, string activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return TimedWait(duration, activity, SpanState.Running, cancellationToken);
    }

    /// <summary>
    /// The allocation-free form of <see cref="DelayAsync"/> for hot loops: a pooled awaitable that must be awaited
    /// exactly once, at once. The line records "wait: delay".
    /// </summary>
    public SleepAwaitable SleepAsync(TimeSpan delay, CancellationToken cancellationToken = default) =>
        Sleep(delay, "delay", SpanState.Waiting, cancellationToken);

    /// <summary>
    /// The allocation-free form of <see cref="WorkAsync"/> for hot loops (e.g. a defender who presses for one reaction
    /// time, then looks again): a pooled awaitable that must be awaited exactly once, at once. The line records a
    /// running span labelled <paramref name="activity"/>; consecutive spans with the same label join up.
    /// </summary>
    public SleepAwaitable BusyAsync(TimeSpan duration, string activity, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return Sleep(duration, activity, SpanState.Running, cancellationToken);
    }

    private SleepAwaitable Sleep(TimeSpan delay, string label, SpanState state, CancellationToken cancellationToken)
    {
        var owner = CheckWaitCaller();
        CheckDelay(delay, owner);
        if (owner is not null && cancellationToken == owner.Token)
        {
            owner.HookToken();
            if (owner.TokenCancelled)
            {
                return new SleepAwaitable(new OperationCanceledException(cancellationToken));
            }
        }
        else if (cancellationToken.IsCancellationRequested)
        {
            return new SleepAwaitable(new OperationCanceledException(cancellationToken));
        }
        if (owner?.PendingInterrupt is not null)
        {
            return new SleepAwaitable(owner.TakeInterrupt()!);
        }
        var source = _delays.Count > 0 ? _delays.Pop() : new DelaySource(this);
        owner?.RegisterWait(source, label, state, busy: true);
        return source.Arm(owner, _now + delay.Ticks, cancellationToken);
    }

    /// <summary>
    /// Completes once <paramref name="condition"/> holds; it is checked now and again after every step of the
    /// simulation. The line records "wait: &lt;what&gt;", and a link from the line whose step made it true.
    /// </summary>
    public Task WaitUntilAsync(string what, Func<bool> condition, CancellationToken cancellationToken = default) =>
        ConditionWait(what, condition, SpanState.Waiting, null, cancellationToken);

    /// <summary>
    /// As <see cref="WaitUntilAsync(string, Func{bool}, CancellationToken)"/>, but the link in the trace is drawn from
    /// <paramref name="cause"/>, the line whose doing the condition watches (a teammate's run, the ball's flight), not
    /// from whichever line's step happened to find it true.
    /// </summary>
    public Task WaitUntilAsync(string what, Func<bool> condition, LineOfControl cause, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(cause);
        if (cause.Line.Simulation != this)
        {
            throw new ArgumentException($"line '{cause.Name}' belongs to another simulation", nameof(cause));
        }
        return ConditionWait(what, condition, SpanState.Waiting, cause.Line, cancellationToken);
    }

    /// <summary>
    /// Spends virtual time busy with <paramref name="activity"/> (e.g. "running to x=80") until <paramref name="condition"/>
    /// holds, checked as <see cref="WaitUntilAsync(string, Func{bool}, CancellationToken)"/> checks it. The line records a
    /// running span, and in a sequential scope it keeps its turn, as during <see cref="WorkAsync"/>: the work is its own,
    /// not something it waits for. (In a whole-simulation sequential mode the turn passes only when no timer is pending.)
    /// </summary>
    public Task WorkUntilAsync(string activity, Func<bool> condition, CancellationToken cancellationToken = default) =>
        ConditionWait(activity, condition, SpanState.Running, null, cancellationToken);

    /// <summary>Creates a named event that lines can await and others set.</summary>
    public SimEvent CreateEvent(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return new SimEvent(this, name);
    }

    /// <summary>Records an instant event (e.g. "pass", "goal") on the current line's timeline.</summary>
    public void Record(string name, IReadOnlyDictionary<string, string>? data = null)
    {
        ArgumentNullException.ThrowIfNull(name);
        CheckLoopThread(null);
        var line = _current ?? throw new InvalidOperationException($"cannot record '{name}': no line of control is running");
        Trace.AddEvent(line.Trace, Now, name, data);
    }

    /// <summary>
    /// Runs until no line can progress. Throws <see cref="DeadlockException"/> if lines still wait and no timer is
    /// pending, <see cref="LineFailedException"/> if a line failed and nobody awaited it, and
    /// <see cref="SimulationMisuseException"/> if code left the loop. Afterwards the simulation has ended.
    /// </summary>
    public void Run()
    {
        try
        {
            Loop(long.MaxValue, null);
            ThrowIfStuck(null);
        }
        finally
        {
            _ended = true;
        }
    }

    /// <summary>Runs everything due before <paramref name="time"/>, then sets the clock to it (as SimPy's <c>run(until)</c>).</summary>
    public void RunUntil(TimeSpan time)
    {
        if (time < Now)
        {
            throw new ArgumentOutOfRangeException(nameof(time), time, $"cannot run until {TimeFormat.Seconds(time)}: the clock already reads {TimeFormat.Seconds(Now)}");
        }
        Guarded(() => Loop(time.Ticks, null));
    }

    /// <summary>Runs until <paramref name="task"/> completes; throws <see cref="DeadlockException"/> if it never can.</summary>
    public void RunUntil(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Guarded(() =>
        {
            Loop(long.MaxValue, task);
            if (!task.IsCompleted)
            {
                ThrowIfStuck(task);
            }
        });
    }

    /// <summary>Ends the simulation; lines still waiting never resume.</summary>
    public void Dispose()
    {
        _ended = true;
        _disposed = true;
        _foreignSignal.Dispose();
    }

    internal LineOfControl StartLine(string name, Func<CancellationToken, Task> body, Scope? scope)
    {
        var line = CreateLine(name, body, scope);
        var handle = new LineOfControl(line);
        Launch(line);
        return handle;
    }

    internal LineOfControl<T> StartLine<T>(string name, Func<CancellationToken, Task<T>> body, Scope? scope)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = CreateLine(name, body, scope);
        var handle = new LineOfControl<T>(line);
        Launch(line);
        return handle;
    }

    internal Line? CheckWaitCaller()
    {
        if (!_running)
        {
            return null;
        }
        CheckLoopThread(null);
        if (_current is null && _inStep)
        {
            var culprit = _blame?.Name;
            throw new SimulationMisuseException(
                (culprit is null ? "code" : $"line '{culprit}'") +
                " started a wait outside its line of control (did it continue after ConfigureAwait(false) or in a timer callback?); inside a simulation, await without ConfigureAwait(false)",
                culprit);
        }
        return _current;
    }

    internal void CheckLoopThread(Line? line)
    {
        if (_running && Environment.CurrentManagedThreadId != _loopThread)
        {
            var name = line?.Name;
            throw new SimulationMisuseException(
                $"simulation '{Options.Name}' was used from thread {Environment.CurrentManagedThreadId}, outside its loop" +
                (name is null ? "" : $" (line '{name}')") + "; inside lines use no Task.Run and no ConfigureAwait(false)",
                name);
        }
    }

    internal long ScheduleTimed(long due, Line? line, ITimedItem item, int version)
    {
        var work = new WorkItem(line, WorkKind.Timed, item, null, version);
        if (due <= _now)
        {
            _ready.Enqueue(work);
            return -1;
        }
        _timers.Add(due, work);
        return due;
    }

    internal void CancelTimed(long due)
    {
        if (IsLoopThread)
        {
            _timers.Cancel(due);
        }
    }

    internal void PostAction(Line? line, Action<object?> action, object? state) =>
        _ready.Enqueue(new WorkItem(line, WorkKind.Action, action, state, 0));

    internal void PostFromContext(Line? line, SendOrPostCallback callback, object? state)
    {
        if (Environment.CurrentManagedThreadId != _loopThread)
        {
            // A continuation finishing on another thread would run at a moment the loop cannot know: refuse it loudly.
            var message = (line is null ? "a continuation" : $"line '{line.Name}': a continuation") +
                $" came back from thread {Environment.CurrentManagedThreadId} (thread pool) into simulation '{Options.Name}'; " +
                "inside lines await only the simulation's waits, lines, events, channels and its TimeProvider: no Task.Run, no ConfigureAwait(false)";
            lock (_foreignLock)
            {
                _foreignMisuse ??= new SimulationMisuseException(message, line?.Name);
            }
            _foreignPosted = true;
            try
            {
                _foreignSignal.Set();
            }
            catch (ObjectDisposedException)
            {
                // The simulation was disposed; the misuse is recorded all the same.
            }
            return;
        }
        _ready.Enqueue(new WorkItem(line, WorkKind.Post, callback, state, 0));
    }

    internal void ReturnDelay(DelaySource source) => _delays.Push(source);

    internal ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        CheckLoopThread(null);
        var creator = _current ?? (_inStep ? _blame : null);
        if (creator is not null && creator == _current && creator.WaitLabel is null)
        {
            creator.RegisterWait(null, "timer", busy: true);
        }
        var timer = new SimTimer(this, callback, state, creator);
        timer.Change(dueTime, period);
        return timer;
    }

    internal Task AwaitLine<T>(Line target, Task completion)
    {
        if (completion.IsCompleted)
        {
            return completion;
        }
        if (!_running)
        {
            throw new InvalidOperationException(
                $"line '{target.Name}' cannot be awaited from outside the simulation while it runs: call RunUntil(line.Completion) or Run(), then read line.Completion");
        }
        var owner = CheckWaitCaller() ?? throw new InvalidOperationException($"line '{target.Name}' can only be awaited from another line");
        if (owner == target)
        {
            throw new InvalidOperationException($"line '{target.Name}' awaits itself and would never finish");
        }
        if (owner.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException<T>(interrupt);
        }
        var promise = new Promise<T>(this, owner, target.Name);
        owner.RegisterWait(promise, promise.Label);
        (target.FinishCallbacks ??= []).Add(() =>
        {
            Link(target, owner, $"{target.Name} finished");
            PostAction(owner, static state =>
            {
                var (p, c) = ((Promise<T>, Task))state!;
                p.CopyFrom(c);
            }, (promise, completion));
        });
        return promise.Task;
    }

    internal void CancelLine(Line line)
    {
        CheckLoopThread(line);
        line.Cancellation.Cancel();
    }

    internal void Interrupt(Line line, object? cause)
    {
        CheckLoopThread(line);
        if (line.Finished)
        {
            throw new InvalidOperationException($"line '{line.Name}' has finished and cannot be interrupted");
        }
        Link(_current, line, "interrupt");
        var interrupt = new InterruptException(line.Name, cause);
        _urgent.Enqueue(new WorkItem(line, WorkKind.Action, DeliverInterrupt, (line, interrupt), 0));
    }

    internal void Link(Line? from, Line? to, string label)
    {
        if (_record && from is not null && to is not null && from != to)
        {
            Trace.AddLink(from.Trace, Now, to.Trace, Now, label);
        }
    }

    internal void OnBodyCompleted(Line line)
    {
        if (!IsLoopThread)
        {
            PostFromContext(line, static _ => { }, null);
            return;
        }
        var body = line.BodyTask!;
        line.Finished = true;
        _unfinished--;
        Exception? fault = null;
        if (body.IsCompletedSuccessfully)
        {
            line.EndState = SpanState.Done;
        }
        else if (body.IsCanceled || (body.Exception?.InnerException is OperationCanceledException && line.Token.IsCancellationRequested))
        {
            line.EndState = SpanState.Cancelled;
        }
        else
        {
            line.EndState = SpanState.Faulted;
            fault = body.Exception!.InnerException!;
        }
        if (_record)
        {
            line.Trace.Begin(line.EndState, Now, fault is null ? null : $"{fault.GetType().Name}: {fault.Message}");
            line.Trace.End(Now);
        }
        line.CurrentWait = null;
        PostAction(null, FinishLine, line);
    }

    private Line CreateLine(string name, Func<CancellationToken, Task> body, Scope? scope)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(body);
        CheckLoopThread(null);
        if (_ended)
        {
            throw new InvalidOperationException($"cannot start line '{name}': simulation '{Options.Name}' has ended");
        }
        var cancellation = scope?.CreateChildCancellation() ?? new CancellationTokenSource();
        var group = scope is not null ? scope.Group : _current?.Group ?? _root;
        var line = new Line(this, _lines.Count, name, Trace.AddLine(name), scope, group, cancellation, body);
        _lines.Add(line);
        _unfinished++;
        return line;
    }

    private void Launch(Line line)
    {
        Link(_current, line, "started");
        if (line.Group is { } group)
        {
            group.Pending.Enqueue(line);
            if (_record)
            {
                line.Trace.Begin(SpanState.Waiting, Now, "its turn");
            }
            if (!group.WholeSimulation)
            {
                line.TurnCancellation = line.Token.UnsafeRegister(CancelBeforeTurn, line);
            }
        }
        else
        {
            _urgent.Enqueue(new WorkItem(line, WorkKind.Action, BeginLine, line, 0));
        }
    }

    private void QueueEndBeforeTurn(Line line)
    {
        if (!IsLoopThread)
        {
            // Cancelled from another thread: report it as misuse rather than touch the loop's queues.
            PostFromContext(line, static _ => { }, null);
            return;
        }
        _urgent.Enqueue(new WorkItem(null, WorkKind.Action, EndBeforeTurn, line, 0));
    }

    private void RunBody(Line line)
    {
        line.Started = true;
        Task task;
        try
        {
            task = line.Body(line.Token) ?? Task.FromException(new InvalidOperationException($"line '{line.Name}' returned a null task"));
        }
        catch (OperationCanceledException e) when (line.Token.IsCancellationRequested)
        {
            task = Task.FromCanceled(e.CancellationToken.IsCancellationRequested ? e.CancellationToken : line.Token);
        }
        catch (Exception e)
        {
            task = Task.FromException(e);
        }
        line.BodyTask = task;
        if (task.IsCompleted)
        {
            OnBodyCompleted(line);
        }
        else
        {
            // Not an awaiter: a ConfigureAwait(false) continuation under a custom synchronization context is queued
            // to the thread pool, whereas an ExecuteSynchronously continuation runs inline on the loop thread.
            task.ContinueWith(static (_, state) => ((Line)state!).Simulation.OnBodyCompleted((Line)state!), line,
                CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    private void CompleteLine(Line line)
    {
        var body = line.BodyTask!;
        line.Handle!.Complete(body);
        if (line.FinishCallbacks is { } callbacks)
        {
            line.FinishCallbacks = null;
            foreach (var callback in callbacks)
            {
                callback();
            }
        }
        var fault = line.EndState == SpanState.Faulted ? body.Exception!.InnerException : null;
        line.Scope?.ChildFinished(line, fault);
        line.Group?.Finished(line, _ready);
        if (fault is not null && line.Scope is null && !line.Observed)
        {
            _failure ??= new LineFailedException(line.Name, Now, fault);
        }
        line.Cancellation.Dispose();
    }

    private void Guarded(Action run)
    {
        try
        {
            run();
        }
        catch
        {
            _ended = true;
            throw;
        }
    }

    // Called once per run but spinning millions of times: compile it optimised at once rather than via on-stack replacement.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Loop(long until, Task? untilTask)
    {
        if (_running)
        {
            throw new InvalidOperationException($"simulation '{Options.Name}' is already running (Run cannot be called from inside a line)");
        }
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_ended)
        {
            throw new InvalidOperationException($"simulation '{Options.Name}' has ended");
        }
        var previousContext = SynchronizationContext.Current;
        _loopThread = Environment.CurrentManagedThreadId;
        _running = true;
        _installedIndex = -2;
        try
        {
            while (true)
            {
                if (_foreignPosted)
                {
                    ThrowForeign();
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
                if ((_urgent.Count > 0 && _urgent.TryDequeue(out var item)) || _timers.TryTakeDue(_now, out item) || _ready.TryDequeue(out item))
                {
                    Execute(in item);
                    if (_conditions.Count > 0)
                    {
                        CheckConditions(item.Line);
                    }
                    continue;
                }
                if (_takingTurns && TryGiveTurn())
                {
                    continue;
                }
                if (until == long.MaxValue && untilTask is null && _unfinished == 0 && _lines.Count > 0)
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
            if (_record)
            {
                Trace.MarkEnd(Now);
            }
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
        if (_takingTurns && line is { Group: { } group } && line != group.Turn && !line.Finished)
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
        var index = line?.Index ?? -1;
        if (index != _installedIndex)
        {
            SynchronizationContext.SetSynchronizationContext(line is null ? _loopContext : line.Context);
            _installedIndex = index;
        }
        var tracing = _record && line is not null && !line.Finished;
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
            _failure ??= new LineFailedException(line?.Name ?? (line is null ? _blame?.Name : null) ?? Options.Name, Now, e);
        }
        finally
        {
            if (tracing && !line!.Finished)
            {
                line.Trace.Begin(line.WaitState, Now, line.WaitLabel ?? "a task");
            }
            _current = null;
            _inStep = false;
        }
    }

    private void CheckConditions(Line? stepLine)
    {
        for (var i = 0; i < _conditions.Count; i++)
        {
            var wait = _conditions[i];
            if (wait.Done)
            {
                _conditions.RemoveAt(i--);
                continue;
            }
            if (_takingTurns && wait.Owner is { Group: { } group } && wait.Owner != group.Turn)
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
                _conditions.RemoveAt(i--);
                PostAction(wait.Owner, static state =>
                {
                    var (p, error) = ((Promise<bool>, Exception))state!;
                    p.Fail(error);
                }, (wait, e));
                continue;
            }
            if (holds)
            {
                _conditions.RemoveAt(i--);
                if (!wait.EndsOwnWork)
                {
                    Link(wait.Cause ?? stepLine, wait.Owner, wait.Label);
                }
                PostAction(wait.Owner, static state => ((Promise<bool>)state!).Finish(true), wait);
            }
        }
    }

    private bool TryGiveTurn()
    {
        foreach (var group in _groups)
        {
            if (group.TakeNextTurn(_timers.HasPending) is not { } line)
            {
                continue;
            }
            _urgent.Enqueue(new WorkItem(line, WorkKind.Action, BeginLine, line, 0));
            // Interrupts that came while the line waited for its turn reach it at its first wait, as they would have
            // reached a line started concurrently.
            if (line.Deferred is { Count: > 0 } early)
            {
                while (early.TryDequeue(out var item))
                {
                    _urgent.Enqueue(item);
                }
            }
            return true;
        }
        return false;
    }

    private void ThrowIfStuck(Task? awaited)
    {
        var waiting = _lines.Where(l => !l.Finished).ToList();
        if (waiting.Count == 0 && awaited is null)
        {
            return;
        }
        if (waiting.Any(l => l.Started && l.WaitLabel is null) && !_foreignPosted)
        {
            // A line awaiting something the runtime does not know may be stuck on thread-pool work (Task.Run,
            // ConfigureAwait(false)) that reports itself when it comes back: give it a moment, so that the error names
            // the real cause rather than a deadlock.
            // One second, or up to ten while the thread pool still has queued work that may be that line's.
            for (var waited = 1; !_foreignSignal.Wait(TimeSpan.FromMilliseconds(100)); waited++)
            {
                if (waited >= 100 || (waited >= 10 && ThreadPool.PendingWorkItemCount == 0))
                {
                    break;
                }
            }
        }
        if (_foreignPosted)
        {
            ThrowForeign();
        }
        var list = waiting.Select(l => (l.Name, WaitingFor(l))).ToList();
        var what = awaited is null ? "every line of control is waiting and no timer is pending" : "the awaited task cannot complete: no work and no timer is pending";
        var detail = list.Count == 0 ? "no line is running" : string.Join("; ", list.Select(w => $"'{w.Item1}' waits for {w.Item2}"));
        throw new DeadlockException($"deadlock in simulation '{Options.Name}' at t={TimeFormat.Seconds(Now)}: {what}: {detail}", list);
    }

    private static string WaitingFor(Line line)
    {
        if (!line.Started)
        {
            return "its turn (not started)";
        }
        // Woken (its wait is over) but held back until the lines given turns after it have finished.
        if (line.Group?.TurnBackLabel(line) is { } back)
        {
            return back;
        }
        return line.WaitLabel ?? "a task the simulation does not know (not a delay, event, condition or line)";
    }

    private void ThrowForeign()
    {
        SimulationMisuseException misuse;
        lock (_foreignLock)
        {
            misuse = _foreignMisuse!;
        }
        throw misuse;
    }

    private static void CheckDelay(TimeSpan delay, Line? owner)
    {
        if (delay < TimeSpan.Zero)
        {
            ThrowNegativeDelay(delay, owner);
        }
    }

    private static void ThrowNegativeDelay(TimeSpan delay, Line? owner) =>
        throw new ArgumentOutOfRangeException(nameof(delay), delay,
            (owner is null ? "" : $"line '{owner.Name}': ") + $"a delay must not be negative (got {TimeFormat.Seconds(delay)})");

    private Task ConditionWait(string what, Func<bool> condition, SpanState state, Line? cause, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(what);
        ArgumentNullException.ThrowIfNull(condition);
        var owner = CheckWaitCaller();
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
        var promise = new Promise<bool>(this, owner, what, condition) { EndsOwnWork = state == SpanState.Running, Cause = cause };
        owner?.RegisterWait(promise, what, state, busy: state == SpanState.Running);
        promise.Watch(cancellationToken);
        _conditions.Add(promise);
        return promise.Task;
    }

    private Task TimedWait(TimeSpan delay, string label, SpanState state, CancellationToken cancellationToken)
    {
        var owner = CheckWaitCaller();
        CheckDelay(delay, owner);
        if (cancellationToken.IsCancellationRequested)
        {
            return Task.FromCanceled(cancellationToken);
        }
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException(interrupt);
        }
        var promise = new Promise<bool>(this, owner, label);
        owner?.RegisterWait(promise, label, state, busy: true);
        promise.Watch(cancellationToken);
        promise.ScheduleAt(_now + delay.Ticks);
        return promise.Task;
    }
}
