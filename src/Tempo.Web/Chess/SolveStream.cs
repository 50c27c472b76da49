using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Tempo.Chess.Solving;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>
/// A solve streamed as Server-Sent Events: while it waits for a running slot <c>queued {"id","place","running"}</c> (its place
/// whenever it changes), then <c>started {"id"}</c>, <c>progress</c> at least 4 times a second,
/// then <c>result</c> (the CLI's <c>--format json</c> object) and <c>pgn</c>, or <c>error {"message"}</c>; a helpmate
/// sends only <c>started</c> and <c>result</c>.
/// A Cancel request or a closed connection stops the search at once; the partial result is still sent, as Ctrl-C prints it.
/// </summary>
internal static class SolveStream
{
    public static async Task RunAsync(HttpContext context, SolveSetup setup, Job job, JobRegistry jobs, ServerOptions server)
    {
        var aborted = context.RequestAborted;
        var stream = await EventStream.OpenAsync(context.Response, aborted);
        if (!await jobs.WaitForTurnAsync(job, stream, server.ProgressInterval, aborted))
        {
            return;
        }
        await stream.SendAsync("started", JsonSerializer.Serialize(new { id = job.Id }), aborted);
        if (setup.Help is { } help)
        {
            // Helpmates report no progress: the result (every solution) is sent when the search ends.
            var helpmate = await Task.Factory.StartNew(
                () => HelpmateSolver.Solve(setup.Position, help, setup.HelpOptions with { Workspace = job.Workspace }, job.Token),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            await stream.SendAsync("result", helpmate.ToJson(), aborted);
            return;
        }
        var progress = new LatestProgress();
        var options = setup.Options with { Progress = progress, ProgressInterval = server.ProgressInterval, Workspace = job.Workspace };
        var solve = Task.Factory.StartNew(
            () => MateSolver.Solve(setup.Position, options, job.Token),
            CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
        while (!solve.IsCompleted)
        {
            await Task.WhenAny(solve, Task.Delay(server.ProgressInterval / 2, CancellationToken.None));
            if (progress.Take() is { } latest && !solve.IsCompleted && !await stream.SendAsync("progress", ProgressJson.Write(latest), aborted))
            {
                job.Cancel();
            }
        }
        try
        {
            var result = await solve;
            await stream.SendAsync("result", result.ToJson(), aborted);
            await stream.SendAsync("pgn", JsonSerializer.Serialize(result.ToPgn()), aborted);
        }
        catch (FormatException e)
        {
            // A --line that is illegal or lets the mate slip is found only after the proof.
            await stream.SendAsync("error", JsonSerializer.Serialize(new { message = e.Message }), aborted);
        }
    }
}
