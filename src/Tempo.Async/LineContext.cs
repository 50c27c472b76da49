namespace Tempo.Async;

/// <summary>
/// The synchronization context a line's code runs under. Awaits inside the line capture it, so every continuation
/// comes back to the loop attributed to the right line, whichever line completed the awaited task.
/// </summary>
internal sealed class LineContext(EventLoop loop, Line? line) : SynchronizationContext
{
    public override void Post(SendOrPostCallback d, object? state) => loop.PostFromContext(line, d, state);

    public override void Send(SendOrPostCallback d, object? state)
    {
        loop.CheckLoopThread(line);
        d(state);
    }

    public override SynchronizationContext CreateCopy() => this;
}
