using Tempo.Chess.Solving;

namespace Tempo.Web.Hosting;

/// <summary>
/// One solve, sweep or batch, from the moment it is admitted (running, or waiting in the queue) until it is disposed:
/// its id, and the token that stops it (Cancel, a closed connection, or the time cap, which counts from its turn).
/// </summary>
internal sealed class Job : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly TimeSpan _timeCap;
    private readonly Action<Job> _release;
    private readonly TaskCompletionSource _turn = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Job(string kind, TimeSpan timeCap, CancellationToken requestAborted, Action<Job> release)
    {
        Id = $"{kind}-{Guid.NewGuid():N}";
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _timeCap = timeCap;
        _release = release;
    }

    public string Id { get; }

    public CancellationToken Token => _cancel.Token;

    /// <summary>Whether a Cancel request stopped it (as opposed to finishing or the time cap).</summary>
    public bool Cancelled { get; private set; }

    /// <summary>Whether it holds a running slot (false while it waits in the queue).</summary>
    public bool Running => _turn.Task.IsCompleted;

    /// <summary>Completes when the job's turn comes.</summary>
    public Task Turn => _turn.Task;

    /// <summary>
    /// The running slot's workspace: its transposition table, allocated by the slot's first solve and passed from job to
    /// job, so the server holds at most one table per slot. Null while the job waits.
    /// </summary>
    public SolverWorkspace? Workspace { get; private set; }

    /// <summary>Gives the job its running slot and the slot's workspace; its time cap starts now.</summary>
    public void Grant(SolverWorkspace workspace)
    {
        Workspace = workspace;
        _cancel.CancelAfter(_timeCap);
        _turn.TrySetResult();
    }

    public void Cancel()
    {
        Cancelled = true;
        _cancel.Cancel();
    }

    public void Dispose()
    {
        _release(this);
        _cancel.Dispose();
    }
}
