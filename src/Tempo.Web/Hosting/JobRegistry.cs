using System.Collections.Concurrent;

namespace Tempo.Web.Hosting;

/// <summary>
/// The solves and sweeps running now: at most <see cref="ServerOptions.MaxConcurrentJobs"/> at once (one more is
/// refused, so a server asked too much keeps answering others), each with an id a Cancel request names.
/// </summary>
internal sealed class JobRegistry(ServerOptions options)
{
    private readonly ConcurrentDictionary<string, Job> _running = new();
    private int _count;

    /// <summary>Takes a slot for a job that stops when <paramref name="requestAborted"/> fires (the client went away) or after <paramref name="timeCap"/>.</summary>
    public Job Start(string kind, TimeSpan timeCap, CancellationToken requestAborted)
    {
        if (Interlocked.Increment(ref _count) > options.MaxConcurrentJobs)
        {
            Interlocked.Decrement(ref _count);
            throw new TooBusyException($"{options.MaxConcurrentJobs} solves and sweeps are running, the most this server runs at once; try again when one has finished");
        }
        var job = new Job(kind, timeCap, requestAborted, Release);
        _running[job.Id] = job;
        return job;
    }

    /// <summary>Stops the job with this id; false if there is none (finished, or never started).</summary>
    public bool Cancel(string id)
    {
        if (!_running.TryGetValue(id, out var job))
        {
            return false;
        }
        job.Cancel();
        return true;
    }

    private void Release(Job job)
    {
        if (_running.TryRemove(job.Id, out _))
        {
            Interlocked.Decrement(ref _count);
        }
    }
}
