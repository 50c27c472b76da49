namespace Tempo.Async;

/// <summary>
/// A line's wait on a <see cref="SemaphoreSlim"/> or a <see cref="System.Threading.Channels.Channel{T}"/> awaited
/// through the simulation: the line records it as its wait (named in the trace and in a deadlock report), and an
/// interrupt ends it by cancelling the framework's wait, which then throws the interrupt in its place.
/// </summary>
internal sealed class WatchedWait : IDescribedWait, IDisposable
{
    private readonly Line _owner;
    private readonly Func<string> _describe;
    private readonly CancellationTokenSource _cancel;

    public WatchedWait(Line owner, string label, Func<string> describe, CancellationToken cancellationToken)
    {
        _owner = owner;
        _describe = describe;
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        owner.RegisterWait(this, label);
    }

    /// <summary>The token to pass to the framework's wait: cancelled with the caller's token or by an interrupt.</summary>
    public CancellationToken Token => _cancel.Token;

    /// <summary>The interrupt that ended the wait, if one did.</summary>
    public Exception? Interrupt { get; private set; }

    public void Abort(Exception exception)
    {
        Interrupt = exception;
        _cancel.Cancel();
    }

    public string Describe() => _describe();

    public void Dispose()
    {
        _owner.EndWait(this);
        _cancel.Dispose();
    }
}
