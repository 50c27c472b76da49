using System.Diagnostics;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tempo.Chess.Batch;
using Tempo.Chess.Solving;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>
/// A batch streamed as Server-Sent Events, one position after another in file order (as <c>tempo chess batch</c> does):
/// while it waits for a running slot <c>queued {"id","place","running"}</c>, then <c>started {"id","name","total"}</c>;
/// while a position is being proven (from the solver's first report, every 200 ms) <c>working {"index","total","line","id","depth","nodes","nodesPerSecond","ms"}</c>, <c>depth</c> the mate distance
/// being tried; per position <c>position</c> (its JSONL line, the CLI's own) then
/// <c>tally {"done","total","verdict","passed","failed","outOfTime","skipped","unreadable","ms"}</c>; at the end
/// <c>done {"done","total","stopped"}</c>, where <c>stopped</c> is null, "cancel" or "time cap". A Cancel request or a
/// closed connection stops the position being proven at once; its line is left out, as when Ctrl-C stops the CLI.
/// </summary>
internal static class BatchStream
{
    public static async Task RunAsync(HttpContext context, BatchSetup setup, Job job, JobRegistry jobs, ServerOptions server)
    {
        var aborted = context.RequestAborted;
        var stream = await EventStream.OpenAsync(context.Response, aborted);
        if (!await jobs.WaitForTurnAsync(job, stream, server.ProgressInterval, aborted))
        {
            return;
        }
        var total = setup.Entries.Count;
        await stream.SendAsync("started", JsonSerializer.Serialize(new { id = job.Id, name = setup.Name, total }), aborted);
        var counts = new int[Enum.GetValues<BatchVerdict>().Length];
        var clock = Stopwatch.StartNew();
        int done = 0;
        var workspace = job.Workspace!;
        var progress = new LatestProgress();
        var options = setup.Options with { Progress = progress, ProgressInterval = server.ProgressInterval };
        foreach (var entry in setup.Entries)
        {
            if (job.Token.IsCancellationRequested)
            {
                break;
            }
            progress.Take();
            var solve = Task.Factory.StartNew(
                () => BatchSolver.Solve(entry, options, workspace, job.Token),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            while (!solve.IsCompleted)
            {
                await Task.WhenAny(solve, Task.Delay(server.ProgressInterval / 2, CancellationToken.None));
                if (progress.Take() is { } latest && !solve.IsCompleted
                    && !await stream.SendAsync("working", Working(done, total, entry, latest), aborted))
                {
                    job.Cancel();
                }
            }
            var outcome = await solve;
            if (job.Token.IsCancellationRequested && outcome.OutOfTime)
            {
                break;
            }
            done++;
            counts[(int)outcome.Verdict]++;
            var sent = await stream.SendAsync("position", outcome.ToJson(), aborted)
                && await stream.SendAsync("tally", Tally(done, total, outcome.Verdict, counts, clock.Elapsed), aborted);
            if (!sent)
            {
                job.Cancel();
            }
        }
        var stopped = done == total ? null : job.Cancelled ? "cancel" : "time cap";
        await stream.SendAsync("done", JsonSerializer.Serialize(new { done, total, stopped }), aborted);
    }

    /// <summary>The position being proven now (its place in the file, line and id) and the solver's progress on it.</summary>
    private static string Working(int done, int total, BatchEntry entry, MateProgress progress) => JsonSerializer.Serialize(new
    {
        index = done + 1,
        total,
        line = entry.LineNumber,
        id = entry.Id,
        depth = progress.Depth,
        nodes = progress.Nodes,
        nodesPerSecond = progress.NodesPerSecond,
        ms = (long)progress.Elapsed.TotalMilliseconds,
    });

    private static string Tally(int done, int total, BatchVerdict verdict, int[] counts, TimeSpan elapsed) => JsonSerializer.Serialize(new
    {
        done,
        total,
        verdict = Name(verdict),
        passed = counts[(int)BatchVerdict.Passed],
        failed = counts[(int)BatchVerdict.Failed],
        outOfTime = counts[(int)BatchVerdict.OutOfTime],
        skipped = counts[(int)BatchVerdict.Skipped],
        unreadable = counts[(int)BatchVerdict.Unreadable],
        ms = (long)elapsed.TotalMilliseconds,
    });

    private static string Name(BatchVerdict verdict) => verdict switch
    {
        BatchVerdict.Passed => "passed",
        BatchVerdict.Failed => "failed",
        BatchVerdict.OutOfTime => "outOfTime",
        BatchVerdict.Skipped => "skipped",
        _ => "unreadable",
    };
}
