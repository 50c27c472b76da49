using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tempo.Chess.Solving;
using Tempo.Soccer;
using Tempo.Web.Hosting;

namespace Tempo.Web.Soccer;

/// <summary>The soccer half of the API: <c>/api/soccer/…</c>.</summary>
internal static class SoccerEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServerOptions server, JobRegistry jobs)
    {
        app.MapGet("/api/soccer/book", () => Results.Text(BookPlay.Text(), "application/yaml; charset=utf-8"));

        app.MapGet("/api/soccer/pitch.svg", () => Results.Text(PlayAnimationJson.PitchSvgDocument(), "image/svg+xml"));

        app.MapPost("/api/soccer/validate", async (HttpContext context) =>
        {
            var (play, _) = await PlayRequest.ReadAsync(context.Request, context.RequestAborted);
            return Results.Text(PlaySummaryJson.Write(play), "application/json");
        });

        app.MapPost("/api/soccer/check", async (HttpContext context) =>
        {
            try
            {
                var (play, _) = await PlayRequest.ReadAsync(context.Request, context.RequestAborted);
                return Results.Text(PlayTreeJson.Check(play), "application/json");
            }
            catch (FormatException e)
            {
                return Results.Text(PlayTreeJson.Refusal(e), "application/json");
            }
        });

        app.MapPost("/api/soccer/yaml", async (HttpContext context) =>
        {
            var (play, _) = await PlayRequest.ReadAsync(context.Request, context.RequestAborted);
            return Results.Text(PlayFileWriter.Write(play), "application/yaml; charset=utf-8");
        });

        app.MapPost("/api/soccer/run", async (HttpContext context) =>
        {
            var (play, scripts) = await PlayRequest.ReadAsync(context.Request, context.RequestAborted);
            var seed = PlayRequest.Seed(context.Request);
            var options = new RunOptions { Seed = seed, Sequential = PlayRequest.Sequential(context.Request) };
            if (context.Request.Query["varied"] == "true")
            {
                play = PlaySweep.Vary(play, seed ?? play.Seed);
            }
            // One run is over within the play's horizon (milliseconds of work): not counted against the job cap.
            var result = await Task.Run(() => PlaySimulator.Run(play, options, scripts), CancellationToken.None);
            return Results.Text(PlayAnimationJson.Response(result), "application/json");
        });

        app.MapPost("/api/soccer/sweep/stream", async (HttpContext context) =>
        {
            var (play, scripts) = await PlayRequest.ReadAsync(context.Request, context.RequestAborted);
            var request = context.Request;
            var runs = PlayRequest.PositiveInt(request, "runs", "give at least one run") ?? 500;
            if (runs > server.MaxSweepRuns)
            {
                throw new BadInputException($"--runs {runs}: at most {server.MaxSweepRuns:N0} runs on this server");
            }
            var limit = SolveOptionText.ParseSeconds(request.Query["time"].FirstOrDefault(), "--time");
            if (limit > server.SweepTimeCap)
            {
                throw new BadInputException($"--time {request.Query["time"]}: more than this server gives one sweep ({server.SweepTimeCap.TotalSeconds:0} s)");
            }
            var options = new SweepOptions
            {
                Runs = runs,
                Threads = server.MaxThreadsPerJob,
                Seed = PlayRequest.Seed(request) ?? play.Seed,
                Sequential = PlayRequest.Sequential(request),
            };
            using var job = jobs.Admit("sweep", limit ?? server.SweepTimeCap, context.RequestAborted);
            await SweepStream.RunAsync(context, play, scripts, options, job, jobs, server);
        });
    }
}
