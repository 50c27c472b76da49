using System.Runtime.ExceptionServices;

namespace Tempo.Async;

/// <summary>
/// The allocation-free delay behind <see cref="Simulation.SleepAsync"/>: a pooled source whose timer entry, when
/// due, resumes the awaiting line inline in that line's step. A token guards against awaiting a recycled source.
/// </summary>
internal sealed class DelaySource(Simulation simulation) : ITimedItem, IWait
{
    private static readonly Action<object?, CancellationToken> OnCancelled = static (state, token) => ((DelaySource)state!).Cancel(token);
    private static readonly Action<object?> ResumeLater = static state => ((DelaySource)state!).InvokeContinuation();

    private readonly EventLoop _loop = simulation.Loop;
    private Action? _continuation;
    private CancellationTokenRegistration _registration;
    private Exception? _error;
    private Line? _owner;
    private long _due = -1;
    private int _timedVersion;
    private short _version;
    private bool _completed;
    private bool _viaLineToken;

    public Line? Blame => _owner;

    /// <summary>When the sleep is due, in ticks of virtual time, or -1 when it is not scheduled.</summary>
    public long DueTicks => _due;

    public SleepAwaitable Arm(Line? owner, long due, CancellationToken cancellationToken)
    {
        _owner = owner;
        _completed = false;
        _error = null;
        _timedVersion++;
        _due = _loop.ScheduleTimed(due, owner, this, _timedVersion);
        if (owner is not null && cancellationToken == owner.Token)
        {
            // The common case, a line passing on its own token: the line registered once (SleepAsync hooked it)
            // and cancels its current sleep itself. A sleep is awaited at once, so a line has at most one.
            _viaLineToken = true;
            owner.TokenSleep = this;
        }
        else if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(OnCancelled, this);
        }
        return new SleepAwaitable(this, _version);
    }

    public bool IsLive(int version) => !_completed && version == _timedVersion;

    public void Fire(int version)
    {
        _due = -1;
        Complete(null);
        InvokeContinuation();
    }

    public void Abort(Exception exception)
    {
        if (!_completed)
        {
            Complete(exception);
            InvokeContinuation();
        }
    }

    public bool IsCompleted(short token)
    {
        CheckToken(token);
        return _completed;
    }

    public void OnCompleted(Action continuation, short token)
    {
        CheckToken(token);
        _continuation = continuation;
        if (_completed)
        {
            _loop.PostAction(_owner, ResumeLater, this);
        }
    }

    public void GetResult(short token)
    {
        CheckToken(token);
        var error = _error;
        _version++;
        _error = null;
        _continuation = null;
        _owner = null;
        simulation.ReturnDelay(this);
        if (error is not null)
        {
            ExceptionDispatchInfo.Throw(error);
        }
    }

    public void Cancel(CancellationToken token)
    {
        if (_completed)
        {
            return;
        }
        Complete(new OperationCanceledException(token));
        // Cancellation runs in whichever step cancelled the token: resume the owner in its own step.
        _loop.PostAction(_owner, ResumeLater, this);
    }

    private void CheckToken(short token)
    {
        if (token != _version)
        {
            throw new InvalidOperationException("a simulation sleep was awaited twice (SleepAsync results must be awaited exactly once)");
        }
    }

    private void Complete(Exception? error)
    {
        _completed = true;
        _error = error;
        if (_viaLineToken)
        {
            _viaLineToken = false;
            if (ReferenceEquals(_owner!.TokenSleep, this))
            {
                _owner.TokenSleep = null;
            }
        }
        else
        {
            _registration.Unregister();
            _registration = default;
        }
        _owner?.EndWait(this);
        if (_due >= 0)
        {
            _loop.CancelTimed(_due);
            _due = -1;
        }
    }

    private void InvokeContinuation()
    {
        var continuation = _continuation;
        if (continuation is not null)
        {
            _continuation = null;
            continuation();
        }
    }
}
