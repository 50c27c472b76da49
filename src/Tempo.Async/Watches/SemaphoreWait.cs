namespace Tempo.Async;

/// <summary>
/// A line's wait for a <see cref="SemaphoreSlim"/> taken through the simulation. The semaphore is awaited without a
/// token (with one, SemaphoreSlim resumes on the thread pool), so a cancellation or an interrupt ends this wait
/// instead; a slot the semaphore grants after that is given straight back.
/// </summary>
internal sealed class SemaphoreWait : IDescribedWait
{
    private readonly Line _owner;
    private readonly SemaphoreSlim _semaphore;
    private readonly SemaphoreWatch _watch;
    private readonly TaskCompletionSource _outcome = new();
    private CancellationTokenRegistration _registration;

    public SemaphoreWait(Line owner, SemaphoreSlim semaphore, SemaphoreWatch watch)
    {
        _owner = owner;
        _semaphore = semaphore;
        _watch = watch;
    }

    /// <summary>Starts the wait; the task completes, in the owner's step, when the slot is granted or the wait ends without it.</summary>
    public Task Start(CancellationToken cancellationToken)
    {
        _owner.RegisterWait(this, $"semaphore '{_watch.Name}'");
        var granted = _semaphore.WaitAsync();
        // The awaiter posts to the line's context, so the grant is handled in a step of the owner on the loop.
        granted.GetAwaiter().OnCompleted(OnGranted);
        if (cancellationToken.CanBeCanceled)
        {
            _registration = cancellationToken.UnsafeRegister(static (state, token) => ((SemaphoreWait)state!).End(new OperationCanceledException(token)), this);
        }
        return _outcome.Task;
    }

    public void Abort(Exception exception) => End(exception);

    public string Describe() => _watch.DescribeWait();

    private void OnGranted()
    {
        if (!_outcome.TrySetResult())
        {
            _semaphore.Release();
            return;
        }
        _registration.Unregister();
        _owner.EndWait(this);
    }

    private void End(Exception exception)
    {
        _registration.Unregister();
        _owner.EndWait(this);
        if (exception is OperationCanceledException cancelled)
        {
            _outcome.TrySetCanceled(cancelled.CancellationToken);
        }
        else
        {
            _outcome.TrySetException(exception);
        }
    }
}
