using System.Net;
using System.Net.Sockets;
using System.Text.Json;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

public sealed class ServerTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync(new ServerOptions { MaxRequestBytes = 4096 });

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Theory]
    [InlineData("/", "text/html")]
    [InlineData("/chess.html", "text/html")]
    [InlineData("/soccer.html", "text/html")]
    [InlineData("/batch.html", "text/html")]
    [InlineData("/batch.js", "text/javascript")]
    [InlineData("/app.css", "text/css")]
    [InlineData("/board.js", "text/javascript")]
    public async Task Pages_AreServedFromTheAssembly(string path, string type)
    {
        using var response = await _server.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(type, response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Pages_NameNoOtherServer()
    {
        foreach (var page in new[] { "/", "/chess.html", "/batch.html", "/soccer.html" })
        {
            var html = await _server.Client.GetStringAsync(page);
            Assert.DoesNotContain("http://", html.Replace("http://www.w3.org", "", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.DoesNotContain("https://", html, StringComparison.Ordinal);
            Assert.DoesNotContain("//cdn", html, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task ABodyOverTheLimit_Is413()
    {
        using var response = await _server.PostTextAsync("/api/soccer/validate", new string('a', 10_000));
        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    [Fact]
    public async Task UnknownApiPath_Is404ProblemDetails_AndUnknownJobToo()
    {
        using var missing = await _server.Client.GetAsync("/api/chess/nothing");
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        Assert.Equal("application/problem+json", missing.Content.Headers.ContentType?.MediaType);
        using var job = await _server.Client.PostAsync("/api/jobs/solve-0/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, job.StatusCode);
    }

    [Fact]
    public async Task DemoTrace_HasTheSolverAndThePlaysLines()
    {
        using var json = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/demo/trace"));
        var processes = json.RootElement.GetProperty("traceEvents").EnumerateArray()
            .Where(e => e.GetProperty("name").GetString() == "process_name")
            .Select(e => e.GetProperty("args").GetProperty("name").GetString()).ToList();
        Assert.Equal(4, processes.Count);
        Assert.Equal("chess solver (1 thread)", processes[0]);
        Assert.Contains(json.RootElement.GetProperty("traceEvents").EnumerateArray(), e => e.GetProperty("ph").GetString() == "s");
    }

    [Fact]
    public async Task DemoPuzzle_IsTheOneTempoDemoShips()
    {
        using var json = JsonDocument.Parse(await _server.Client.GetStringAsync("/api/demo/puzzle"));
        Assert.Equal(Tempo.Cli.Demo.BookPuzzle.Load().Position.ToFen(), json.RootElement.GetProperty("fen").GetString());
        Assert.Equal(string.Join(' ', Tempo.Cli.Demo.BookPuzzle.ChapterLine), json.RootElement.GetProperty("line").GetString());
    }

    [Fact]
    public void Serve_RefusesABadPort_AndOneInUse()
    {
        Assert.Equal("--port 70000: not a TCP port from 0 to 65535", CliOutput.Refusal("serve", "--port", "70000"));
        Assert.Equal("--max-jobs 0: not a count from 1 to 1024", CliOutput.Refusal("serve", "--max-jobs", "0"));
        Assert.Equal("--max-queue -1: not a count from 0 to 100000", CliOutput.Refusal("serve", "--max-queue", "-1"));
        using var taken = new TcpListener(IPAddress.Loopback, 0);
        taken.Start();
        var port = ((IPEndPoint)taken.LocalEndpoint).Port;
        Assert.StartsWith($"--host 127.0.0.1 --port {port}: cannot listen there", CliOutput.Refusal("serve", "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture)));
    }
}
