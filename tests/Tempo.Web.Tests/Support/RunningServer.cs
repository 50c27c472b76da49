using System.Net.Http.Headers;
using System.Text;

namespace Tempo.Web.Tests.Support;

/// <summary>A real <see cref="TempoServer"/> on a free loopback port, and a client for it.</summary>
public sealed class RunningServer : IAsyncDisposable
{
    private RunningServer(TempoServer server)
    {
        Server = server;
        Client = new HttpClient { BaseAddress = server.Address, Timeout = TimeSpan.FromSeconds(60) };
    }

    public TempoServer Server { get; }

    public HttpClient Client { get; }

    public static async Task<RunningServer> StartAsync(ServerOptions? options = null) =>
        new(await TempoServer.StartAsync((options ?? new ServerOptions()) with { Host = "127.0.0.1", Port = 0 }));

    public Task<HttpResponseMessage> PostJsonAsync(string path, string json) =>
        Client.PostAsync(path, new StringContent(json, Encoding.UTF8, "application/json"));

    public Task<HttpResponseMessage> PostTextAsync(string path, string text) =>
        Client.PostAsync(path, new StringContent(text, Encoding.UTF8, "application/yaml"));

    /// <summary>Starts a streamed request and returns as soon as the headers are in (the body is read as it comes).</summary>
    public async Task<EventReader> OpenStreamAsync(string path, string body, string contentType = "application/json", CancellationToken cancellationToken = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new StringContent(body, Encoding.UTF8) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
        var response = await Client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        return new EventReader(response);
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Server.DisposeAsync();
    }
}
