using System.Net;
using System.Net.Sockets;

namespace Tempo.Testing.Browser.Tests;

/// <summary>The harness's check can fail: each kind of problem a page can cause is reported, and a clean page is not.</summary>
[Trait("Category", "Browser")]
public sealed class ProblemDetectionTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>, IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tempo-browser-harness-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Fact]
    public async Task CleanPage_HasNoProblems()
    {
        var page = await OpenAsync("<p id=x>hello</p><script>console.log('fine'); console.info('also fine');</script>");
        Assert.Equal("hello", await page.EvaluateAsync<string>("document.getElementById('x').textContent"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task ConsoleError_FailsTheCheck()
    {
        var page = await OpenAsync("<script>console.error('the pitch is missing');</script>");
        var failure = Assert.Throws<BrowserProblemsException>(page.AssertNoProblems);
        Assert.Contains("console.error: the pitch is missing", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ConsoleWarning_FailsTheCheck()
    {
        var page = await OpenAsync("<script>console.warn('deprecated');</script>");
        var failure = Assert.Throws<BrowserProblemsException>(page.AssertNoProblems);
        Assert.Contains("console.warning: deprecated", failure.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task UncaughtException_FailsTheCheck()
    {
        var page = await OpenAsync("<script>null.draw();</script>");
        var failure = Assert.Throws<BrowserProblemsException>(page.AssertNoProblems);
        Assert.Contains(failure.Problems, p => p.Kind == "page error" && p.Text.Contains("null", StringComparison.Ordinal));
    }

    [Fact]
    public async Task MissingLocalFile_FailsTheCheck()
    {
        var page = await OpenAsync("<img src=\"no-such-picture.png\">");
        var failure = Assert.Throws<BrowserProblemsException>(page.AssertNoProblems);
        Assert.Contains(failure.Problems, p => p.Kind == "request failed" && p.Text.Contains("no-such-picture.png", StringComparison.Ordinal));
    }

    [Fact]
    public async Task ClosedLoopbackPort_FailsTheCheck()
    {
        var url = $"http://127.0.0.1:{ClosedPort()}/ball.png";
        var page = await OpenAsync($"<img src=\"{url}\">");
        var failure = Assert.Throws<BrowserProblemsException>(page.AssertNoProblems);
        Assert.Contains(failure.Problems, p => p.Kind == "request failed" && p.Text.Contains(url, StringComparison.Ordinal));
    }

    [Fact]
    public async Task HttpNotFound_FailsTheCheck()
    {
        var port = ClosedPort();
        using var server = new HttpListener();
        server.Prefixes.Add($"http://127.0.0.1:{port}/");
        server.Start();
        var serving = ServeAsync(server, "<img src=\"/missing.png\">");
        var page = await chromium.Browser.OpenAsync(new Uri($"http://127.0.0.1:{port}/"));
        var failure = Assert.Throws<BrowserProblemsException>(page.AssertNoProblems);
        Assert.Contains(failure.Problems, p => p.Kind == "HTTP 404" && p.Text.EndsWith("/missing.png", StringComparison.Ordinal));
        server.Stop();
        await serving;
    }

    private async Task<BrowserPage> OpenAsync(string body)
    {
        var file = Path.Combine(directory, "page.html");
        await File.WriteAllTextAsync(file, "<!doctype html><html><head><meta charset=utf-8><title>t</title>"
            + "<link rel=icon href=\"data:,\"></head><body>" + body + "</body></html>");
        return await chromium.Browser.OpenAsync(new Uri(file));
    }

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task ServeAsync(HttpListener server, string page)
    {
        while (server.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await server.GetContextAsync();
            }
            catch (HttpListenerException)
            {
                return;
            }
            catch (ObjectDisposedException)
            {
                return;
            }
            var found = context.Request.Url?.AbsolutePath == "/";
            context.Response.StatusCode = found ? 200 : 404;
            context.Response.ContentType = "text/html; charset=utf-8";
            var bytes = System.Text.Encoding.UTF8.GetBytes(found ? "<!doctype html><link rel=icon href=\"data:,\">" + page : "not found");
            await context.Response.OutputStream.WriteAsync(bytes);
            context.Response.Close();
        }
    }
}
