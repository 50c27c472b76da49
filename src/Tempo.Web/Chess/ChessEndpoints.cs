using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tempo.Chess;
using Tempo.Chess.Diagrams;
using Tempo.Chess.Solving;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>The chess half of the API: <c>/api/chess/…</c>.</summary>
internal static class ChessEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServerOptions server, JobRegistry jobs)
    {
        app.MapPost("/api/chess/solve", async (HttpContext context) =>
        {
            var setup = SolveSetup.From(await RequestFields.ReadAsync(context.Request, context.RequestAborted), server);
            using var job = jobs.Admit("solve", server.SolveTimeCap, context.RequestAborted);
            await jobs.WaitForTurnAsync(job, server.ProgressInterval);
            if (setup.Help is { } help)
            {
                var helpmate = await Task.Factory.StartNew(
                    () => HelpmateSolver.Solve(setup.Position, help, setup.HelpOptions with { Workspace = job.Workspace }, job.Token),
                    CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
                var (helpText, helpType) = SolveSetup.Render(helpmate, setup.Format);
                return Results.Text(helpText, helpType);
            }
            var result = await Task.Factory.StartNew(
                () => MateSolver.Solve(setup.Position, setup.Options with { Workspace = job.Workspace }, job.Token),
                CancellationToken.None, TaskCreationOptions.LongRunning, TaskScheduler.Default);
            var (text, type) = SolveSetup.Render(result, setup.Format);
            return Results.Text(text, type);
        });

        app.MapPost("/api/chess/solve/stream", async (HttpContext context) =>
        {
            var setup = SolveSetup.From(await RequestFields.ReadAsync(context.Request, context.RequestAborted), server);
            using var job = jobs.Admit("solve", server.SolveTimeCap, context.RequestAborted);
            await SolveStream.RunAsync(context, setup, job, jobs, server);
        });

        app.MapGet("/api/chess/position", (string? fen) =>
            Results.Text(BoardMoves.Describe(SolveOptionText.ParsePosition(Require(fen, "fen"))), "application/json"));

        // The editor asks this on every change, when half-built positions are normal: a bad FEN is an answer, not an error.
        app.MapGet("/api/chess/check", (string? fen) =>
        {
            try
            {
                return Results.Text(BoardMoves.Describe(SolveOptionText.ParsePosition(Require(fen, "fen"))), "application/json");
            }
            catch (FormatException e)
            {
                return Results.Json(new { valid = false, message = e.Message });
            }
        });

        app.MapPost("/api/chess/line", async (HttpContext context) =>
        {
            var fields = await RequestFields.ReadAsync(context.Request, context.RequestAborted);
            var position = SolveOptionText.ParsePosition(fields.Required("fen"));
            return Results.Text(BoardMoves.Play(position, fields.Optional("moves") ?? ""), "application/json");
        });

        app.MapGet("/api/chess/diagram.svg", (string? fen, string? flip, string? caption) =>
        {
            var position = SolveOptionText.ParsePosition(Require(fen, "fen"));
            var text = caption ?? (position.SideToMove == Color.White ? "White to move" : "Black to move");
            return Results.Text(BoardSvg.Render(position, flip == "true", text), "image/svg+xml");
        });
    }

    private static string Require(string? value, string name) =>
        string.IsNullOrWhiteSpace(value) ? throw new BadInputException($"{name}: missing (give ?{name}=…)") : value;
}
