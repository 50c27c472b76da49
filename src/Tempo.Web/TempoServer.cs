using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Tempo.Web.Chess;
using Tempo.Web.Hosting;
using Tempo.Web.Soccer;

namespace Tempo.Web;

/// <summary>
/// The browser app and its HTTP API on Kestrel, in the calling process (`tempo serve`): the pages from embedded
/// resources, <c>/api/chess</c> (with <c>/api/chess/batch</c>), <c>/api/soccer</c>, <c>/api/demo</c> and <c>/api/jobs</c>.
/// </summary>
public sealed class TempoServer : IAsyncDisposable
{
    private readonly WebApplication _app;

    private TempoServer(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;
    }

    /// <summary>Where the server listens, e.g. http://127.0.0.1:5170/.</summary>
    public Uri Address { get; }

    /// <summary>Starts listening; a port already in use is reported as an <see cref="IOException"/>.</summary>
    public static async Task<TempoServer> StartAsync(ServerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var app = Build(options);
        await app.StartAsync(cancellationToken);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        return new TempoServer(app, new Uri(address.Replace("[::]", "localhost", StringComparison.Ordinal) + "/"));
    }

    /// <summary>Runs until <paramref name="cancellationToken"/> fires (Ctrl-C) or the process is asked to stop (SIGTERM).</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        var lifetime = _app.Services.GetRequiredService<IHostApplicationLifetime>();
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, lifetime.ApplicationStopping);
        try
        {
            await Task.Delay(Timeout.Infinite, stop.Token);
        }
        catch (OperationCanceledException)
        {
            // Asked to stop.
        }
    }

    /// <summary>Stops listening and ends open requests.</summary>
    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync(CancellationToken.None);
        await _app.DisposeAsync();
    }

    private static WebApplication Build(ServerOptions options)
    {
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions { ApplicationName = typeof(TempoServer).Assembly.GetName().Name });
        builder.Logging.ClearProviders();
        builder.WebHost.UseKestrel(kestrel =>
        {
            kestrel.Limits.MaxRequestBodySize = options.MaxRequestBytes;
            kestrel.AddServerHeader = false;
        });
        builder.WebHost.UseUrls($"http://{Bracket(options.Host)}:{options.Port}");
        builder.Services.AddProblemDetails();
        var app = builder.Build();
        app.Use(ErrorResponses.HandleAsync);
        StaticPages.Use(app);
        var jobs = new JobRegistry(options);
        ChessEndpoints.Map(app, options, jobs);
        BatchEndpoints.Map(app, options, jobs);
        SoccerEndpoints.Map(app, options, jobs);
        DemoEndpoints.Map(app, options, jobs);
        app.MapGet("/api/jobs", () =>
        {
            var (running, waiting) = jobs.Counts();
            return Results.Json(new { running, waiting, maxRunning = options.MaxConcurrentJobs, maxWaiting = options.MaxQueuedJobs });
        });
        app.MapPost("/api/jobs/{id}/cancel", (string id) => jobs.Cancel(id)
            ? Results.Accepted()
            : Results.Problem(detail: $"job '{id}': not running (finished, or never started)", statusCode: StatusCodes.Status404NotFound, title: "no such job"));
        app.MapFallback("/api/{**rest}", (HttpContext context) =>
            Results.Problem(detail: $"{context.Request.Method} {context.Request.Path}: no such endpoint (see the README's HTTP API section)", statusCode: StatusCodes.Status404NotFound, title: "no such endpoint"));
        return app;
    }

    private static string Bracket(string host) => host.Contains(':', StringComparison.Ordinal) && !host.StartsWith('[') ? $"[{host}]" : host;
}
