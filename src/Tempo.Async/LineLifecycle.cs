using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// A line of control from start to end: created and launched (or queued for its turn), its body run on the loop,
/// its end recorded as done, faulted or cancelled, and then its handle, the lines awaiting it, its scope and its
/// turn group told, in that order. Also cancelling, interrupting and awaiting a line.
/// </summary>
internal sealed class LineLifecycle(Simulation simulation)
{
    /// <summary>Runs a line's body; queued when the line starts (or gets its turn).</summary>
    public static readonly Action<object?> BeginLine = static state => ((Line)state!).Simulation.Lines.RunBody((Line)state!);

    private static readonly Action<object?> FinishLine = static state => ((Line)state!).Simulation.Lines.CompleteLine((Line)state!);

    // A line of a sequential scope cancelled before its turn ends cancelled there and then: its body never runs.
    private static readonly Action<object?> CancelBeforeTurn = static state => ((Line)state!).Simulation.Lines.QueueEndBeforeTurn((Line)state!);

    private static readonly Action<object?> EndBeforeTurn = static state =>
    {
        var line = (Line)state!;
        if (line.HasStarted || line.HasFinished)
        {
            return;
        }
        line.BodyTask = Task.FromCanceled(line.Token);
        line.Simulation.Lines.OnBodyCompleted(line);
    };

    private static readonly Action<object?> DeliverInterrupt = static state =>
    {
        var (target, exception) = ((Line, InterruptException))state!;
        if (target.HasFinished)
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

    private readonly List<Line> _lines = [];
    private readonly bool _record = simulation.Options.RecordTrace;
    private int _unfinished;

    /// <summary>Every line started so far, in start order.</summary>
    public IReadOnlyList<Line> All => _lines;

    /// <summary>Whether lines were started and all of them have finished.</summary>
    public bool AllFinished => _unfinished == 0 && _lines.Count > 0;

    public LineOfControl Start(string name, Func<CancellationToken, Task> body, Scope? scope)
    {
        var line = CreateLine(name, body, scope);
        var handle = new LineOfControl(line);
        Launch(line);
        return handle;
    }

    public LineOfControl<T> Start<T>(string name, Func<CancellationToken, Task<T>> body, Scope? scope)
    {
        ArgumentNullException.ThrowIfNull(body);
        var line = CreateLine(name, body, scope);
        var handle = new LineOfControl<T>(line);
        Launch(line);
        return handle;
    }

    public Task AwaitLine<T>(Line target, Task completion)
    {
        if (completion.IsCompleted)
        {
            return completion;
        }
        var loop = simulation.Loop;
        if (!loop.IsRunning)
        {
            throw new InvalidOperationException(
                $"line '{target.Name}' cannot be awaited from outside the simulation while it runs: call RunUntil(line.Completion) or Run(), then read line.Completion");
        }
        var owner = loop.WaitingLine() ?? throw new InvalidOperationException($"line '{target.Name}' can only be awaited from another line");
        if (owner == target)
        {
            throw new InvalidOperationException($"line '{target.Name}' awaits itself and would never finish");
        }
        if (owner.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException<T>(interrupt);
        }
        var promise = new Promise<T>(simulation, owner, target.Name) { Subject = $"line '{target.Name}' to finish" };
        owner.RegisterWait(promise, promise.Label);
        (target.FinishCallbacks ??= []).Add(() =>
        {
            simulation.Link(target, owner, $"{target.Name} finished");
            loop.PostAction(owner, static state =>
            {
                var (p, c) = ((Promise<T>, Task))state!;
                p.CopyFrom(c);
            }, (promise, completion));
        });
        return promise.Task;
    }

    public void Cancel(Line line)
    {
        simulation.Loop.CheckLoopThread(line);
        line.Cancellation.Cancel();
    }

    public void Interrupt(Line line, object? cause)
    {
        var loop = simulation.Loop;
        loop.CheckLoopThread(line);
        if (line.HasFinished)
        {
            throw new InvalidOperationException($"line '{line.Name}' has finished and cannot be interrupted");
        }
        simulation.Link(loop.Current, line, "interrupt");
        var interrupt = new InterruptException(line.Name, cause);
        loop.PostUrgent(line, DeliverInterrupt, (line, interrupt));
    }

    /// <summary>Records how the line's body ended and queues the rest of its end (<see cref="CompleteLine"/>) on the loop.</summary>
    public void OnBodyCompleted(Line line)
    {
        var loop = simulation.Loop;
        if (!loop.IsLoopThread)
        {
            loop.PostFromContext(line, static _ => { }, null);
            return;
        }
        var body = line.BodyTask!;
        line.HasFinished = true;
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
            line.Trace.Begin(line.EndState, loop.Now, fault is null ? null : $"{fault.GetType().Name}: {fault.Message}");
            line.Trace.End(loop.Now);
        }
        line.CurrentWait = null;
        loop.PostAction(null, FinishLine, line);
    }

    private Line CreateLine(string name, Func<CancellationToken, Task> body, Scope? scope)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(body);
        var loop = simulation.Loop;
        loop.CheckLoopThread(null);
        if (simulation.HasEnded)
        {
            throw new InvalidOperationException($"cannot start line '{name}': simulation '{simulation.Options.Name}' has ended");
        }
        var cancellation = scope?.CreateChildCancellation() ?? new CancellationTokenSource();
        var group = scope is not null ? scope.Group : loop.Current?.Group ?? simulation.Turns.Root;
        var line = new Line(simulation, _lines.Count, name, simulation.Trace.AddLine(name), scope, group, cancellation, body);
        _lines.Add(line);
        _unfinished++;
        return line;
    }

    private void Launch(Line line)
    {
        var loop = simulation.Loop;
        simulation.Link(loop.Current, line, "started");
        if (line.Group is { } group)
        {
            group.Pending.Enqueue(line);
            if (_record)
            {
                line.Trace.Begin(SpanState.Waiting, loop.Now, "its turn");
            }
            if (!group.WholeSimulation)
            {
                line.TurnCancellation = line.Token.UnsafeRegister(CancelBeforeTurn, line);
            }
        }
        else
        {
            loop.PostUrgent(line, BeginLine, line);
        }
    }

    private void QueueEndBeforeTurn(Line line)
    {
        var loop = simulation.Loop;
        if (!loop.IsLoopThread)
        {
            // Cancelled from another thread: report it as misuse rather than touch the loop's queues.
            loop.PostFromContext(line, static _ => { }, null);
            return;
        }
        loop.PostUrgent(null, EndBeforeTurn, line);
    }

    private void RunBody(Line line)
    {
        line.HasStarted = true;
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
            task.ContinueWith(static (_, state) => ((Line)state!).Simulation.Lines.OnBodyCompleted((Line)state!), line,
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
        line.Scope?.OnChildFinished(line, fault);
        line.Group?.EndTurn(line, simulation.Loop.Ready);
        if (fault is not null && line.Scope is null && !line.Observed)
        {
            simulation.Loop.ReportFailure(new LineFailedException(line.Name, simulation.Loop.Now, fault));
        }
        line.Cancellation.Dispose();
    }
}
