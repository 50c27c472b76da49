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
    private readonly VirtualTimeProvider _timeProvider;
    private readonly Stack<DelaySource> _delays = new();
    private readonly bool _record;
    private bool _ended;
    private bool _disposed;

    /// <summary>Creates a simulation at virtual time zero.</summary>
    public Simulation(SimulationOptions? options = null)
    {
        Options = options ?? new SimulationOptions();
        _record = Options.RecordTrace;
        Turns = new TurnTaking(Options.Mode);
        Conditions = new ConditionWaits(this);
        Lines = new LineLifecycle(this);
        Loop = new EventLoop(Options.Name, _record, Conditions, Turns, Lines);
        _timeProvider = new VirtualTimeProvider(this, Options.StartTime);
        Random = new Random(Options.Seed);
        Trace = new Trace(Options.Name);
    }

    /// <summary>The settings the simulation was created with.</summary>
    public SimulationOptions Options { get; }

    /// <summary>The virtual clock: pass it to <c>Task.Delay</c>, <c>PeriodicTimer</c>, <c>CancellationTokenSource</c>.</summary>
    public TimeProvider TimeProvider => _timeProvider;

    /// <summary>Virtual time since the start.</summary>
    public TimeSpan Now => Loop.Now;

    /// <summary>The simulation's seeded random source; use it instead of <c>Random.Shared</c> inside lines.</summary>
    public Random Random { get; }

    /// <summary>What every line did and when: running, waiting for what, done, faulted, cancelled.</summary>
    public Trace Trace { get; }

    /// <summary>The name of the line whose code is running now, or null outside lines.</summary>
    public string? CurrentLineName => Loop.Current?.Name;

    /// <summary>Whether <see cref="Run"/> has finished (or failed) or the simulation was disposed; no new lines may start.</summary>
    public bool HasEnded => _ended;

    internal EventLoop Loop { get; }

    internal LineLifecycle Lines { get; }

    internal ConditionWaits Conditions { get; }

    internal TurnTaking Turns { get; }

    /// <summary>The semaphores and channels taken, read and written through the simulation.</summary>
    internal Watches Watches { get; } = new();

    /// <summary>Starts a named line of control; its body runs on the loop from the next step, with the line's token.</summary>
    public LineOfControl Start(string name, Func<CancellationToken, Task> body) => Lines.Start(name, body, null);

    /// <summary>Starts a named line of control that produces a value.</summary>
    public LineOfControl<T> Start<T>(string name, Func<CancellationToken, Task<T>> body) => Lines.Start(name, body, null);

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
        Loop.CheckLoopThread(null);
        var opener = Loop.Current;
        return new Scope(this, name, opener, Turns.GroupForScope(opener?.Group, mode), cancellationToken);
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
        var owner = Loop.WaitingLine();
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
        return source.Arm(owner, Loop.NowTicks + delay.Ticks, cancellationToken);
    }

    /// <summary>
    /// Completes once <paramref name="condition"/> holds; it is checked now and again after every step of the
    /// simulation. The line records "wait: &lt;what&gt;", and a link from the line whose step made it true.
    /// </summary>
    public Task WaitUntilAsync(string what, Func<bool> condition, CancellationToken cancellationToken = default) =>
        Conditions.WaitAsync(what, condition, SpanState.Waiting, null, cancellationToken);

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
        return Conditions.WaitAsync(what, condition, SpanState.Waiting, cause.Line, cancellationToken);
    }

    /// <summary>
    /// Spends virtual time busy with <paramref name="activity"/> (e.g. "running to x=80") until <paramref name="condition"/>
    /// holds, checked as <see cref="WaitUntilAsync(string, Func{bool}, CancellationToken)"/> checks it. The line records a
    /// running span, and in a sequential scope it keeps its turn, as during <see cref="WorkAsync"/>: the work is its own,
    /// not something it waits for. (In a whole-simulation sequential mode the turn passes only when no timer is pending.)
    /// </summary>
    public Task WorkUntilAsync(string activity, Func<bool> condition, CancellationToken cancellationToken = default) =>
        Conditions.WaitAsync(activity, condition, SpanState.Running, null, cancellationToken);

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
        Loop.CheckLoopThread(null);
        Loop.CheckIdentity($"recording '{name}'");
        var line = Loop.Current ?? throw new InvalidOperationException($"cannot record '{name}': no line of control is running");
        Trace.AddEvent(line.Trace, Now, name, data);
    }

    /// <summary>
    /// Runs until no line can progress. Throws <see cref="DeadlockException"/> if lines still wait and no timer is
    /// pending, <see cref="LineFailedException"/> if a line failed and nobody awaited it, and
    /// <see cref="SimulationMisuseException"/> if code left the loop. Afterwards the simulation has ended.
    /// </summary>
    public void Run()
    {
        var outer = Loop.InRunCall;
        Loop.InRunCall = true;
        try
        {
            RunLoop(long.MaxValue, null);
            ThrowIfStuck(null);
        }
        finally
        {
            Loop.InRunCall = outer;
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
        Guarded(() => RunLoop(time.Ticks, null));
    }

    /// <summary>Runs until <paramref name="task"/> completes; throws <see cref="DeadlockException"/> if it never can.</summary>
    public void RunUntil(Task task)
    {
        ArgumentNullException.ThrowIfNull(task);
        Guarded(() =>
        {
            RunLoop(long.MaxValue, task);
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
        Loop.Foreign.Dispose();
    }

    internal void ReturnDelay(DelaySource source) => _delays.Push(source);

    /// <summary>Records a causal link in the trace: <paramref name="from"/>'s step let <paramref name="to"/> go on.</summary>
    internal void Link(Line? from, Line? to, string label)
    {
        if (_record && from is not null && to is not null && from != to)
        {
            Trace.AddLink(from.Trace, Now, to.Trace, Now, label);
        }
    }

    private void RunLoop(long until, Task? untilTask)
    {
        if (Loop.IsRunning)
        {
            throw new InvalidOperationException($"simulation '{Options.Name}' is already running (Run cannot be called from inside a line)");
        }
        ObjectDisposedException.ThrowIf(_disposed, this);
        if (_ended)
        {
            throw new InvalidOperationException($"simulation '{Options.Name}' has ended");
        }
        try
        {
            using var watch = new BlockedLoopWatch(Loop, Options);
            Loop.Run(until, untilTask);
        }
        finally
        {
            if (_record)
            {
                Trace.MarkEnd(Now);
            }
        }
    }

    private void ThrowIfStuck(Task? awaited) => DeadlockDiagnosis.ThrowIfStuck(Lines.All, awaited, Loop.Foreign, Options.Name, Now);

    private void Guarded(Action run)
    {
        var outer = Loop.InRunCall;
        Loop.InRunCall = true;
        try
        {
            run();
        }
        catch
        {
            _ended = true;
            throw;
        }
        finally
        {
            Loop.InRunCall = outer;
        }
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

    private Task TimedWait(TimeSpan delay, string label, SpanState state, CancellationToken cancellationToken)
    {
        var owner = Loop.WaitingLine();
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
        promise.ScheduleAt(Loop.NowTicks + delay.Ticks);
        return promise.Task;
    }
}
