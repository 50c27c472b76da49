namespace Tempo.Web.Hosting;

/// <summary>One running solve or sweep: its id, and the token that stops it (Cancel, a closed connection, or the time cap).</summary>
internal sealed class Job : IDisposable
{
    private readonly CancellationTokenSource _cancel;
    private readonly Action<Job> _release;

    public Job(string kind, TimeSpan timeCap, CancellationToken requestAborted, Action<Job> release)
    {
        Id = $"{kind}-{Guid.NewGuid():N}";
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(requestAborted);
        _cancel.CancelAfter(timeCap);
        _release = release;
    }

    public string Id { get; }

    public CancellationToken Token => _cancel.Token;

    /// <summary>Whether a Cancel request stopped it (as opposed to finishing or the time cap).</summary>
    public bool Cancelled { get; private set; }

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
