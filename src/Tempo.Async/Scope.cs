using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// Structured concurrency (Trio's nursery): a scope owns the lines started in it. <see cref="WaitAsync"/> (or
/// <c>await using</c>) waits for all of them; the first child that fails cancels its siblings and its exception
/// surfaces from <see cref="WaitAsync"/> as a <see cref="LineFailedException"/>; cancelling the scope, or the line
/// that opened it, cancels everything under it, nested scopes included.
/// </summary>
public sealed class Scope : IAsyncDisposable
{
    private readonly Simulation _simulation;
    private readonly CancellationTokenSource _cancellation;
    private List<Promise<bool>>? _waiters;
    private LineFailedException? _fault;
    private int _running;
    private bool _closed;
    private bool _cancelledHere;

    internal Scope(Simulation simulation, string name, Line? owner, TurnGroup? group, CancellationToken cancellationToken)
    {
        _simulation = simulation;
        Name = name;
        Group = group;
        _cancellation = owner is null
            ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
            : CancellationTokenSource.CreateLinkedTokenSource(owner.Token, cancellationToken);
    }

    /// <summary>The name given when the scope opened: lines waiting for the scope record "wait: scope &lt;name&gt;".</summary>
    public string Name { get; }

    /// <summary>Cancelled when the scope is cancelled, a child fails, or the line that opened the scope is cancelled.</summary>
    public CancellationToken Token => _cancellation.Token;

    /// <summary>The lines the scope's lines take turns with (sequential mode), or null when they run concurrently.</summary>
    internal TurnGroup? Group { get; }

    /// <summary>How many of the scope's lines have not finished yet.</summary>
    public int RunningCount => _running;

    /// <summary>The first failure among the children, if any.</summary>
    public LineFailedException? Fault => _fault;

    /// <summary>Starts a line owned by this scope; its token is cancelled with the scope.</summary>
    public LineOfControl Start(string name, Func<CancellationToken, Task> body)
    {
        CheckOpen(name);
        return _simulation.Lines.Start(name, body, this);
    }

    /// <summary>Starts a line owned by this scope that produces a value.</summary>
    public LineOfControl<T> Start<T>(string name, Func<CancellationToken, Task<T>> body)
    {
        CheckOpen(name);
        return _simulation.Lines.Start(name, body, this);
    }

    /// <summary>Cancels every line in the scope (and in scopes they opened). <see cref="WaitAsync"/> then completes normally.</summary>
    public void Cancel()
    {
        _simulation.Loop.CheckLoopThread(null);
        _cancelledHere = true;
        _cancellation.Cancel();
    }

    /// <summary>
    /// Closes the scope and completes when all its lines have finished: faulted with a <see cref="LineFailedException"/>
    /// if one failed, cancelled if the opening line or <paramref name="cancellationToken"/> was cancelled.
    /// </summary>
    public Task WaitAsync(CancellationToken cancellationToken = default)
    {
        var owner = _simulation.Loop.WaitingLine();
        _closed = true;
        if (_running == 0)
        {
            return Outcome();
        }
        if (owner?.TakeInterrupt() is { } interrupt)
        {
            return Task.FromException(interrupt);
        }
        var promise = new Promise<bool>(_simulation, owner, $"scope {Name}") { Subject = $"the lines of scope '{Name}' to finish" };
        owner?.RegisterWait(promise, promise.Label);
        promise.Watch(cancellationToken);
        (_waiters ??= []).Add(promise);
        return promise.Task;
    }

    /// <summary>Waits for the scope's lines, as <see cref="WaitAsync"/>.</summary>
    public ValueTask DisposeAsync() => new(WaitAsync());

    /// <inheritdoc />
    public override string ToString() => Name;

    internal CancellationTokenSource CreateChildCancellation()
    {
        _running++;
        return CancellationTokenSource.CreateLinkedTokenSource(_cancellation.Token);
    }

    internal void OnChildFinished(Line child, Exception? fault)
    {
        _running--;
        if (child.EndState == SpanState.Faulted && fault is not null && _fault is null)
        {
            _fault = new LineFailedException(child.Name, _simulation.Now, fault);
            _cancellation.Cancel();
        }
        if (_running == 0 && _closed && _waiters is { } waiters)
        {
            _waiters = null;
            foreach (var waiter in waiters)
            {
                _simulation.Link(child, waiter.Owner, $"scope {Name} done");
                _simulation.Loop.PostAction(waiter.Owner, static state =>
                {
                    var (scope, promise) = ((Scope, Promise<bool>))state!;
                    var outcome = scope.Outcome();
                    if (outcome.IsFaulted)
                    {
                        promise.Fail(outcome.Exception!.InnerException!);
                    }
                    else if (outcome.IsCanceled)
                    {
                        promise.Cancel(scope.Token);
                    }
                    else
                    {
                        promise.Finish(true);
                    }
                }, (this, waiter));
            }
        }
    }

    private Task Outcome()
    {
        if (_fault is not null)
        {
            return Task.FromException(_fault);
        }
        return _cancellation.IsCancellationRequested && !_cancelledHere ? Task.FromCanceled(_cancellation.Token) : Task.CompletedTask;
    }

    private void CheckOpen(string name)
    {
        if (_closed && _running == 0)
        {
            throw new InvalidOperationException($"cannot start line '{name}': scope '{Name}' has already finished");
        }
    }
}
