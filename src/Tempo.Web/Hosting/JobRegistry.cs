using System.Collections.Concurrent;
using System.Text.Json;
using Tempo.Chess.Solving;

namespace Tempo.Web.Hosting;

/// <summary>
/// The solves, sweeps and batches admitted now: at most <see cref="ServerOptions.MaxConcurrentJobs"/> run at once (each
/// running slot keeps one transposition table, handed from job to job, so this bounds the server's memory as well as its CPU), up to
/// <see cref="ServerOptions.MaxQueuedJobs"/> more wait their turn in arrival order, and one more is refused (HTTP 429
/// with Retry-After), so a server asked too much keeps answering others. Each job has an id a Cancel request names.
/// </summary>
internal sealed class JobRegistry(ServerOptions options)
{
    private readonly ConcurrentDictionary<string, Job> _admitted = new();
    private readonly LinkedList<Job> _waiting = new();
    private readonly Stack<SolverWorkspace> _idleWorkspaces = new();
    private readonly Lock _lock = new();
    private int _running;

    /// <summary>What a 429 tells the client to wait before asking again.</summary>
    public static readonly TimeSpan RetryAfter = TimeSpan.FromSeconds(5);

    /// <summary>Jobs running now, and jobs waiting for a slot.</summary>
    public (int Running, int Waiting) Counts()
    {
        lock (_lock)
        {
            return (_running, _waiting.Count);
        }
    }

    /// <summary>
    /// Admits a job that stops when <paramref name="requestAborted"/> fires (the client went away) or
    /// <paramref name="timeCap"/> after its turn came: running at once when a slot is free, else waiting in the queue
    /// (see the WaitForTurnAsync methods); refused with <see cref="TooBusyException"/> when the queue is full too.
    /// </summary>
    public Job Admit(string kind, TimeSpan timeCap, CancellationToken requestAborted)
    {
        var job = new Job(kind, timeCap, requestAborted, Release);
        lock (_lock)
        {
            if (_running < options.MaxConcurrentJobs)
            {
                _running++;
                job.Grant(_idleWorkspaces.TryPop(out var workspace) ? workspace : new SolverWorkspace());
            }
            else if (_waiting.Count < options.MaxQueuedJobs)
            {
                _waiting.AddLast(job);
            }
            else
            {
                throw new TooBusyException(
                    $"{_running} solves, sweeps and batches are running and {_waiting.Count} are waiting, the most this server holds; try again in {RetryAfter.TotalSeconds:0} s",
                    RetryAfter);
            }
        }
        _admitted[job.Id] = job;
        return job;
    }

    /// <summary>
    /// Returns when <paramref name="job"/>'s turn has come, telling <paramref name="onPlace"/> its place in the queue
    /// (1 = next) whenever it changes; throws <see cref="OperationCanceledException"/> if the job is stopped while it waits.
    /// </summary>
    private async Task WaitAsync(Job job, Func<int, Task> onPlace, TimeSpan checkEvery)
    {
        var told = 0;
        while (!job.Running)
        {
            job.Token.ThrowIfCancellationRequested();
            var place = PlaceOf(job);
            if (place != told && place > 0)
            {
                told = place;
                await onPlace(place);
            }
            try
            {
                await job.Turn.WaitAsync(checkEvery, job.Token);
            }
            catch (TimeoutException)
            {
                // Look at the place again.
            }
        }
    }

    /// <summary>
    /// For a job answered in one response: returns when its turn has come; <see cref="JobCancelledException"/> (HTTP 409)
    /// if a Cancel request stopped it first (if the client went away, the <see cref="OperationCanceledException"/> is left to the host).
    /// </summary>
    public async Task WaitForTurnAsync(Job job, TimeSpan checkEvery)
    {
        try
        {
            await WaitAsync(job, _ => Task.CompletedTask, checkEvery);
        }
        catch (OperationCanceledException) when (job.Cancelled)
        {
            throw new JobCancelledException($"{job.Id}: {QueuedJobCancelledMessage}");
        }
    }

    /// <summary>
    /// For a streamed job: sends <c>queued {"id","place","running"}</c> whenever its place changes until its turn comes.
    /// False if it was stopped while it waited (Cancel, or the client went away); then an <c>error</c> event has been sent.
    /// </summary>
    public async Task<bool> WaitForTurnAsync(Job job, EventStream stream, TimeSpan checkEvery, CancellationToken aborted)
    {
        try
        {
            await WaitAsync(job, place => stream.SendAsync("queued", JsonSerializer.Serialize(new { id = job.Id, place, running = Counts().Running }), aborted), checkEvery);
            return true;
        }
        catch (OperationCanceledException)
        {
            await stream.SendAsync("error", JsonSerializer.Serialize(new { message = QueuedJobCancelledMessage }), aborted);
            return false;
        }
    }

    /// <summary>What a job stopped before its turn came is told.</summary>
    public const string QueuedJobCancelledMessage = "cancelled while it waited for its turn; nothing was run";

    /// <summary>Stops the job with this id, running or waiting; false if there is none (finished, or never started).</summary>
    public bool Cancel(string id)
    {
        if (!_admitted.TryGetValue(id, out var job))
        {
            return false;
        }
        job.Cancel();
        return true;
    }

    private int PlaceOf(Job job)
    {
        lock (_lock)
        {
            var place = 1;
            for (var node = _waiting.First; node is not null; node = node.Next, place++)
            {
                if (node.Value == job)
                {
                    return place;
                }
            }
            return 0;
        }
    }

    private void Release(Job job)
    {
        if (!_admitted.TryRemove(job.Id, out _))
        {
            return;
        }
        lock (_lock)
        {
            if (!job.Running)
            {
                _waiting.Remove(job);
                return;
            }
            if (_waiting.First is { } next)
            {
                _waiting.RemoveFirst();
                next.Value.Grant(job.Workspace!);
            }
            else
            {
                _running--;
                _idleWorkspaces.Push(job.Workspace!);
            }
        }
    }
}
