using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tempo.Soccer;
using Tempo.Web.Hosting;

namespace Tempo.Web.Soccer;

/// <summary>
/// A sweep streamed as Server-Sent Events: while it waits for a running slot <c>queued {"id","place","running"}</c>,
/// then <c>started {"id","runs"}</c>, <c>progress {"done","runs","ms","inOrder","goals","ci95"}</c> (the goal rate so far) at least
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
        var clock = Stopwatch.StartNew();
        var live = new LiveSweep(play, options, scripts);
        var sweep = Task.Factory.StartNew(() => live.Run(job.Token), CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (!sweep.IsCompleted)
        {
            await Task.WhenAny(sweep, Task.Delay(server.ProgressInterval, CancellationToken.None));
            if (!sweep.IsCompleted && !await stream.SendAsync("progress", Progress(live, options.Runs, clock.ElapsedMilliseconds), aborted))
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

    /// <summary>
    /// <c>{"done","runs","ms","inOrder","goals","ci95"}</c>: runs finished, and the goal rate so far: <c>goals</c> of the
    /// first <c>inOrder</c> runs (the unbroken prefix, the same for any thread count) with its 95 % interval.
    /// </summary>
    private static string Progress(LiveSweep live, int runs, long ms)
    {
        var (done, inOrder, goals) = live.Progress;
        var (low, high) = SweepResult.Wilson(goals, inOrder);
        return JsonSerializer.Serialize(new { done, runs, ms, inOrder, goals, ci95 = new[] { low, high } });
    }
}
