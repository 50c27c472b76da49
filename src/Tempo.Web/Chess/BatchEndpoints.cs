using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>The batch half of the chess API: <c>POST /api/chess/batch/stream</c> (see <see cref="BatchStream"/>).</summary>
internal static class BatchEndpoints
{
    public static void Map(IEndpointRouteBuilder app, ServerOptions server, JobRegistry jobs) =>
        app.MapPost("/api/chess/batch/stream", async (HttpContext context) =>
        {
            var setup = await BatchSetup.ReadAsync(context.Request, server);
            using var job = jobs.Admit("batch", server.BatchTimeCap, context.RequestAborted);
            await BatchStream.RunAsync(context, setup, job, jobs, server);
        });
}
