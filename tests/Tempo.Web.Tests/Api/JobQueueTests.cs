using System.Net;
using System.Text.Json;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

/// <summary>
/// Many users at once: at most <see cref="ServerOptions.MaxConcurrentJobs"/> solves run (each slot keeps one 64 MiB table), the
/// rest wait in arrival order and are told their place, a full queue is refused with 429 and Retry-After, and a waiter
/// that is cancelled or whose client goes away leaves the queue. Real server, real HTTP on loopback.
/// </summary>
[Collection(nameof(TimingCollection))]
public sealed class JobQueueTests
{
    private const string Endless = SolveStreamTests.Endless;
    private const string Quick = """{"fen":"startpos","max":1}""";

    [Fact]
    public async Task BeyondTheBound_SolvesWaitTheirTurn_ToldTheirPlace_AndAFullQueueIs429WithRetryAfter()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 1, MaxQueuedJobs = 2 });
        using var first = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        var firstId = Id(await Next(first, "started"));
        using var second = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        var secondQueued = await Next(second, "queued");
        Assert.Equal(1, Field(secondQueued, "place"));
        Assert.Equal(1, Field(secondQueued, "running"));
        using var third = await server.OpenStreamAsync("/api/chess/solve/stream", Quick);
        Assert.Equal(2, Field(await Next(third, "queued"), "place"));

        using (var refused = await server.PostJsonAsync("/api/chess/solve", Quick))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(5), refused.Headers.RetryAfter?.Delta);
            Assert.Equal("1 solves, sweeps and batches are running and 2 are waiting, the most this server holds; try again in 5 s", await ChessApiTests.Detail(refused));
        }
        Assert.Equal((1, 2), await CountsAsync(server));

        // The second leaves the queue by a Cancel request: it is told so, and the third moves up.
        using (var cancel = await server.Client.PostAsync($"/api/jobs/{Id(secondQueued)}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        var told = await Next(second, "error");
        Assert.Equal("cancelled while it waited for its turn; nothing was run", JsonDocument.Parse(told).RootElement.GetProperty("message").GetString());
        Assert.Equal(1, Field(await Next(third, "queued"), "place"));

        // The first ends; only then does the third run, to its result.
        using (var cancel = await server.Client.PostAsync($"/api/jobs/{firstId}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        await Next(first, "result");
        await Next(third, "started");
        Assert.Equal("none", JsonDocument.Parse(await Next(third, "result")).RootElement.GetProperty("status").GetString());
        Assert.Equal((0, 0), await CountsAsync(server, until: c => c == (0, 0)));
    }

    [Fact]
    public async Task ManySolvesAtOnce_NeverRunMoreThanTheBound_AndEveryOneIsAnswered()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 2, MaxQueuedJobs = 64 });
        var solves = Enumerable.Range(0, 8)
            .Select(_ => server.PostJsonAsync("/api/chess/solve", """{"fen":"startpos","max":20,"time":0.3}"""))
            .ToList();
        var mostRunning = 0;
        var mostWaiting = 0;
        while (!solves.All(s => s.IsCompleted))
        {
            var (running, waiting) = await CountsAsync(server);
            mostRunning = Math.Max(mostRunning, running);
            mostWaiting = Math.Max(mostWaiting, waiting);
            await Task.Delay(20);
        }
        foreach (var solve in solves)
        {
            using var response = await solve;
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("unknown", JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("status").GetString());
        }
        Assert.Equal(2, mostRunning);
        Assert.True(mostWaiting >= 1, $"at most {mostWaiting} waited while 8 solves asked for 2 slots");
    }

    [Fact]
    public async Task AWaiterWhoseClientLeaves_GivesUpItsPlace()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 1, MaxQueuedJobs = 1 });
        using var first = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        var firstId = Id(await Next(first, "started"));
        var leaving = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        await Next(leaving, "queued");
        leaving.Dispose();
        Assert.Equal((1, 0), await CountsAsync(server, until: c => c.Waiting == 0));
        using var next = await server.OpenStreamAsync("/api/chess/solve/stream", Quick);
        Assert.Equal(HttpStatusCode.OK, next.Response.StatusCode);
        Assert.Equal(1, Field(await Next(next, "queued"), "place"));
        using var cancel = await server.Client.PostAsync($"/api/jobs/{firstId}/cancel", null);
        await Next(next, "result");
    }

    /// <summary>The next event named <paramref name="name"/> (others before it are skipped), within 20 s.</summary>
    private static async Task<string> Next(EventReader stream, string name)
    {
        using var limit = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        while (await stream.NextAsync(limit.Token) is { } e)
        {
            if (e.Name == name)
            {
                return e.Data;
            }
        }
        throw new InvalidOperationException($"the stream ended without a '{name}' event");
    }

    private static string Id(string data) => JsonDocument.Parse(data).RootElement.GetProperty("id").GetString()!;

    private static int Field(string data, string name) => JsonDocument.Parse(data).RootElement.GetProperty(name).GetInt32();

    /// <summary>GET /api/jobs; with <paramref name="until"/>, asked again (for up to 10 s) until it holds.</summary>
    private static async Task<(int Running, int Waiting)> CountsAsync(RunningServer server, Func<(int Running, int Waiting), bool>? until = null)
    {
        for (var attempt = 0; ; attempt++)
        {
            using var json = JsonDocument.Parse(await server.Client.GetStringAsync("/api/jobs"));
            var counts = (json.RootElement.GetProperty("running").GetInt32(), json.RootElement.GetProperty("waiting").GetInt32());
            if (until is null || until(counts) || attempt == 100)
            {
                return counts;
            }
            await Task.Delay(100);
        }
    }
}
