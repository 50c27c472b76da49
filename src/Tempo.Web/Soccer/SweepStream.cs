using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tempo.Soccer;
using Tempo.Web.Hosting;

namespace Tempo.Web.Soccer;

/// <summary>
/// A sweep streamed as Server-Sent Events: while it waits for a running slot <c>queued {"id","place","running"}</c>,
/// then <c>started {"id","runs"}</c>, <c>progress {"done","runs","ms"}</c> at least
/// 4 times a second, then <c>result</c> (the CLI's `soccer sweep --format json` object) or <c>error {"message"}</c>.
/// Cancel, a closed connection or the time limit stop it; the unbroken prefix of finished runs is the result, as with Ctrl-C.
/// </summary>
internal static class SweepStream
{
    public static async Task RunAsync(HttpContext context, Play play, IReadOnlyDictionary<int, PlayScript>? scripts, SweepOptions options, Job job, JobRegistry jobs, ServerOptions server)
    {
        var aborted = context.RequestAborted;
        var stream = await EventStream.OpenAsync(context.Response, aborted);
        if (!await jobs.WaitForTurnAsync(job, stream, server.ProgressInterval, aborted))
        {
            return;
        }
        await stream.SendAsync("started", JsonSerializer.Serialize(new { id = job.Id, runs = options.Runs }), aborted);
        var done = 0;
        var clock = Stopwatch.StartNew();
        var sweep = Task.Factory.StartNew(
            () => PlaySweep.Run(play, options with { Progress = new Synchronous(n => InterlockedMax(ref done, n)) }, scripts, job.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (!sweep.IsCompleted)
        {
            await Task.WhenAny(sweep, Task.Delay(server.ProgressInterval, CancellationToken.None));
            var update = JsonSerializer.Serialize(new { done = Volatile.Read(ref done), runs = options.Runs, ms = clock.ElapsedMilliseconds });
            if (!sweep.IsCompleted && !await stream.SendAsync("progress", update, aborted))
            {
                job.Cancel();
            }
        }
        try
        {
            var result = await sweep;
            await stream.SendAsync("result", SweepJson.Write(result, options.Runs), aborted);
        }
        catch (OperationCanceledException)
        {
            await stream.SendAsync("error", JsonSerializer.Serialize(new { message = "the sweep was stopped before any run finished" }), aborted);
        }
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int seen;
        while ((seen = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, seen) != seen)
        {
        }
    }

    /// <summary>An <see cref="IProgress{T}"/> that runs on the reporting thread (Progress&lt;T&gt; would post to the pool).</summary>
    private sealed class Synchronous(Action<int> report) : IProgress<int>
    {
        public void Report(int value) => report(value);
    }
}
