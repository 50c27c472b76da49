using System.Net;
using System.Text.Json;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

[Collection(nameof(TimingCollection))]
public sealed class SolveStreamTests
{
    // startpos has no mate within any reachable depth: a search that runs until it is stopped.
    internal const string Endless = """{"fen":"startpos","max":20}""";

    [Fact]
    public async Task Stream_ReportsProgressFourTimesASecond_ThenTheResult()
    {
        await using var server = await RunningServer.StartAsync();
        using var stream = await server.OpenStreamAsync("/api/chess/solve/stream", """{"fen":"startpos","max":20,"time":2}""");
        Assert.Equal("text/event-stream", stream.Response.Content.Headers.ContentType?.MediaType);
        var events = await stream.ReadAllAsync();
        Assert.Equal("started", events[0].Name);
        var progress = events.Where(e => e.Name == "progress").ToList();
        Assert.True(progress.Count >= 6, $"{progress.Count} progress events in a 2 s solve");
        var gaps = progress.Zip(progress.Skip(1), (a, b) => (b.At - a.At).TotalMilliseconds).Order().ToList();
        Assert.True(gaps[gaps.Count / 2] <= 250, $"median gap {gaps[gaps.Count / 2]} ms");
        using var last = JsonDocument.Parse(progress[^1].Data);
        Assert.True(last.RootElement.GetProperty("depth").GetInt32() >= 1);
        Assert.True(last.RootElement.GetProperty("nodes").GetInt64() > 0);
        Assert.True(last.RootElement.GetProperty("nodesPerSecond").GetInt64() > 0);
        Assert.True(last.RootElement.GetProperty("ms").GetInt64() > 0);
        Assert.Equal(20, last.RootElement.GetProperty("rootMoves").GetInt32());
        Assert.InRange(last.RootElement.GetProperty("rootMovesDone").GetInt32(), 0, 20);
        Assert.True(last.RootElement.GetProperty("line").GetArrayLength() >= 1, progress[^1].Data);
        var result = events.Single(e => e.Name == "result");
        using var json = JsonDocument.Parse(result.Data);
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        Assert.Single(events, e => e.Name == "pgn");
    }

    [Fact]
    public async Task CancelRequest_StopsTheSearchAtOnce_AndSendsThePartialResult()
    {
        await using var server = await RunningServer.StartAsync();
        using var stream = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        var started = await stream.NextAsync();
        var id = JsonDocument.Parse(started!.Value.Data).RootElement.GetProperty("id").GetString();
        Assert.Equal("progress", (await stream.NextAsync())!.Value.Name);
        using (var cancel = await server.Client.PostAsync($"/api/jobs/{id}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        var rest = await stream.ReadAllAsync(new CancellationTokenSource(TimeSpan.FromSeconds(10)).Token);
        var result = rest.Single(e => e.Name == "result");
        using var json = JsonDocument.Parse(result.Data);
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        Assert.True(json.RootElement.GetProperty("ms").GetInt64() < 10_000);
        using var again = await server.Client.PostAsync($"/api/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.NotFound, again.StatusCode);
    }

    [Fact]
    public async Task ClosedConnection_StopsTheSearch_AndFreesItsSlot()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 1, MaxQueuedJobs = 0 });
        var stream = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        Assert.Equal("started", (await stream.NextAsync())!.Value.Name);
        Assert.Equal("progress", (await stream.NextAsync())!.Value.Name);
        stream.Dispose();
        // The only slot is free again once the search has stopped; a search left running would hold it for 120 s.
        HttpStatusCode status = HttpStatusCode.TooManyRequests;
        for (var i = 0; i < 50 && status == HttpStatusCode.TooManyRequests; i++)
        {
            await Task.Delay(100);
            using var next = await server.PostJsonAsync("/api/chess/solve", """{"fen":"startpos","max":1}""");
            status = next.StatusCode;
        }
        Assert.Equal(HttpStatusCode.OK, status);
    }

    [Fact]
    public async Task BeyondTheCap_Is429WithAMessage_AndOthersAreStillAnswered()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { MaxConcurrentJobs = 1, MaxQueuedJobs = 0 });
        using var stream = await server.OpenStreamAsync("/api/chess/solve/stream", Endless);
        var id = JsonDocument.Parse((await stream.NextAsync())!.Value.Data).RootElement.GetProperty("id").GetString();
        using (var busy = await server.PostJsonAsync("/api/chess/solve", """{"fen":"startpos","max":1}"""))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, busy.StatusCode);
            Assert.Equal("1 solves, sweeps and batches are running and 0 are waiting, the most this server holds; try again in 5 s", await ChessApiTests.Detail(busy));
        }
        using (var sweep = await server.OpenStreamAsync("/api/soccer/sweep/stream?play=book&runs=10", ""))
        {
            Assert.Equal(HttpStatusCode.TooManyRequests, sweep.Response.StatusCode);
        }
        using (var light = await server.Client.GetAsync("/api/chess/position?fen=startpos"))
        {
            Assert.Equal(HttpStatusCode.OK, light.StatusCode);
        }
        using var cancel = await server.Client.PostAsync($"/api/jobs/{id}/cancel", null);
        Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
    }

    [Fact]
    public async Task TimeCap_StopsASolveThatAskedForNoLimit()
    {
        await using var server = await RunningServer.StartAsync(new ServerOptions { SolveTimeCap = TimeSpan.FromSeconds(1) });
        using var response = await server.PostJsonAsync("/api/chess/solve", Endless);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        Assert.InRange(json.RootElement.GetProperty("ms").GetInt64(), 900, 10_000);
    }
}
