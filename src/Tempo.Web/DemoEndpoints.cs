using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tempo.Chess;
using Tempo.Chess.Solving;
using Tempo.Soccer;
using Tempo.Timeline;
using Tempo.Web.Hosting;

namespace Tempo.Web;

/// <summary><c>/api/demo/…</c>: what the landing page shows, the chapter end to end as `tempo demo` runs it.</summary>
internal static class DemoEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServerOptions server, JobRegistry jobs)
    {
        app.MapGet("/api/demo/puzzle", () => Results.Json(new { fen = ChapterPuzzle.Fen, line = ChapterPuzzle.Line }));

        // The lines of control of the chess solver (1 and 2 threads) and of the book play (concurrent, sequential),
        // as the Chrome trace JSON `tempo demo` writes to trace.json.
        app.MapGet("/api/demo/trace", async (HttpContext context) =>
        {
            using var job = jobs.Admit("demo", server.SolveTimeCap, context.RequestAborted);
            await jobs.WaitForTurnAsync(job, server.ProgressInterval);
            var json = await Task.Run(() =>
            {
                var puzzle = Position.Parse(ChapterPuzzle.Fen);
                var one = MateSolver.Solve(puzzle, new MateSolverOptions { MaxMoves = 5, TraceName = "chess solver (1 thread)", Workspace = job.Workspace }, job.Token);
                var two = MateSolver.Solve(puzzle, new MateSolverOptions { MaxMoves = 5, Threads = 2, TraceName = "chess solver (--threads 2)", Workspace = job.Workspace }, job.Token);
                var concurrent = BookPlay.Run(new RunOptions());
                var sequential = BookPlay.Run(new RunOptions { Sequential = true });
                return ChromeTraceWriter.Write([one.Trace, two.Trace, concurrent.Trace, sequential.Trace]);
            }, CancellationToken.None);
            return Results.Text(json, "application/json");
        });
    }
}
