using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>The runtime state of one line of control.</summary>
internal sealed class Line
{
    private bool _tokenHooked;

    public Line(Simulation simulation, int index, string name, LineOfControlTrace trace, Scope? scope, TurnGroup? group, CancellationTokenSource cancellation, Func<CancellationToken, Task> body)
    {
        Group = group;
        Simulation = simulation;
        Index = index;
        Name = name;
        Trace = trace;
        Scope = scope;
        Cancellation = cancellation;
        Token = cancellation.Token;
        Body = body;
        Context = new LineContext(simulation.Loop, this);
    }

    public Simulation Simulation { get; }

    /// <summary>The line's position in start order within its simulation.</summary>
    public int Index { get; }

    public string Name { get; }

    public LineOfControlTrace Trace { get; }

    public Scope? Scope { get; }

    /// <summary>The lines this one takes turns with (sequential mode), or null when it runs concurrently.</summary>
    public TurnGroup? Group { get; }

    public CancellationTokenSource Cancellation { get; }

    public CancellationToken Token { get; }

    public Func<CancellationToken, Task> Body { get; }

    public LineContext Context { get; }

    public ILineHandle? Handle { get; set; }

    /// <summary>Whether the line's body has been called (a line of a sequential scope waits for its turn first).</summary>
    public bool HasStarted { get; set; }

    /// <summary>Whether the line's body has ended (done, faulted or cancelled); its completion follows in a later step.</summary>
    public bool HasFinished { get; set; }

    /// <summary>Someone awaited the line or took its completion task, so a fault is theirs to handle.</summary>
    public bool Observed { get; set; }

    public Task? BodyTask { get; set; }

    public SpanState EndState { get; set; }

    /// <summary>What the line waits for after the current step; set by the runtime's waits, reset every step.</summary>
    public string? WaitLabel { get; set; }

    public SpanState WaitState { get; set; } = SpanState.Waiting;

    /// <summary>Whether the current wait is the line's own work (a delay, a timer, work until), which it gets past by itself.</summary>
    public bool Busy { get; set; }

    public IWait? CurrentWait { get; set; }

    /// <summary>The last timer the line set on the simulation's TimeProvider as its wait (see <see cref="SimTimer.CreatedInStep"/>).</summary>
    public SimTimer? StepTimer { get; set; }

    /// <summary>The loop's step count when a step of this line last ended waiting on something the runtime does not know.</summary>
    public long EscapeStep { get; set; } = long.MaxValue;

    public InterruptException? PendingInterrupt { get; set; }

    public List<Action>? FinishCallbacks { get; set; }

    /// <summary>Ends the line, cancelled, if its token is cancelled while it waits for its turn in a sequential scope.</summary>
    public CancellationTokenRegistration TurnCancellation { get; set; }

    /// <summary>Work held back in sequential mode while another line has the turn.</summary>
    public WorkQueue? Deferred { get; set; }

    /// <summary>The sleep waiting with this line's own token (cancelled with the line without a registration of its own).</summary>
    public DelaySource? TokenSleep { get; set; }

    /// <summary>Whether the line's own token is cancelled, known without touching its source (a cache miss in hot loops).</summary>
    public bool TokenCancelled { get; private set; }

    /// <summary>Registers, once, the callback that cancels the delays waiting with the line's own token.</summary>
    public void HookToken()
    {
        if (!_tokenHooked)
        {
            _tokenHooked = true;
            Token.UnsafeRegister(static state => ((Line)state!).CancelTokenWaits(), this);
        }
    }

    public void RegisterWait(IWait? wait, string label, SpanState state = SpanState.Waiting, bool busy = false)
    {
        CurrentWait = wait;
        Busy = busy;
        WaitLabel = label;
        WaitState = state;
    }

    public void EndWait(IWait wait)
    {
        if (ReferenceEquals(CurrentWait, wait))
        {
            CurrentWait = null;
        }
    }

    private void CancelTokenWaits()
    {
        TokenCancelled = true;
        TokenSleep?.Cancel(Token);
    }

    public InterruptException? TakeInterrupt()
    {
        var interrupt = PendingInterrupt;
        PendingInterrupt = null;
        return interrupt;
    }
}
