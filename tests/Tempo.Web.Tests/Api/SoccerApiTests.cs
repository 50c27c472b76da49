using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Plays;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Api;

public sealed class SoccerApiTests : IAsyncLifetime
{
    private RunningServer _server = null!;

    public async Task InitializeAsync() => _server = await RunningServer.StartAsync();

    public async Task DisposeAsync() => await _server.DisposeAsync();

    [Fact]
    public async Task Book_IsTheChaptersPlayFile_AndValidates()
    {
        var yaml = await _server.Client.GetStringAsync("/api/soccer/book");
        Assert.Equal(BookPlay.Text(), yaml);
        using var response = await _server.PostTextAsync("/api/soccer/validate", yaml);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal("book", json.RootElement.GetProperty("name").GetString());
        Assert.Equal(2, json.RootElement.GetProperty("ballHolder").GetInt32());
        Assert.Equal(22, json.RootElement.GetProperty("players").GetArrayLength());
    }

    [Fact]
    public async Task Validate_ABrokenPlay_Is400WithTheReadersMessage()
    {
        var broken = BookPlay.Text().Replace("ball: 2", "ball: 99", StringComparison.Ordinal);
        Assert.NotEqual(BookPlay.Text(), broken);
        using var response = await _server.PostTextAsync("/api/soccer/validate", broken);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var expected = Assert.Throws<PlayFileException>(() => PlayFile.Parse(broken, "play")).Message;
        Assert.Equal(expected, await ChessApiTests.Detail(response));
    }

    [Theory]
    [InlineData("", "concurrent")]
    [InlineData("&mode=sequential", "sequential")]
    public async Task Run_Book_IsTheCliJson_WithTheFramesBeside(string query, string mode)
    {
        using var response = await _server.Client.PostAsync("/api/soccer/run?play=book" + query, null);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var api = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var args = new List<string> { "soccer", "run", "book", "--format", "json" };
        if (mode == "sequential")
        {
            args.Add("--sequential");
        }
        var (exit, cli, _) = CliOutput.Run([.. args]);
        Assert.Equal(0, exit);
        Assert.True(JsonNode.DeepEquals(JsonNode.Parse(cli), api["result"]), "the run's result differs from `tempo soccer run book --format json`");
        Assert.Equal(mode == "concurrent", api["result"]!["outcome"]!["goal"]!.GetValue<bool>());
        var animation = api["animation"]!;
        Assert.Equal(23, animation["players"]!.AsArray().Count + 1);
        var frames = animation["frames"]!.AsArray();
        Assert.True(frames.Count > 20);
        Assert.Equal(3 + 2 * 22, frames[0]!.AsArray().Count);
    }

    [Theory]
    [InlineData("/api/soccer/run?play=../../etc/passwd", "play '../../etc/passwd': the server knows only 'book'; send any other play as the request body")]
    [InlineData("/api/soccer/run", "PLAY: send a play file (YAML or JSON) as the request body, or ask for ?play=book")]
    [InlineData("/api/soccer/run?play=book&seed=0", "--seed 0: the seed must be a positive integer")]
    [InlineData("/api/soccer/run?play=book&mode=parallel", "--mode 'parallel': give concurrent or sequential")]
    [InlineData("/api/soccer/sweep/stream?play=book&runs=0", "--runs 0: give at least one run")]
    [InlineData("/api/soccer/sweep/stream?play=book&runs=100001", "--runs 100001: at most 100,000 runs on this server")]
    [InlineData("/api/soccer/sweep/stream?play=book&time=abc", "--time: 'abc' is not a positive number of seconds")]
    [InlineData("/api/soccer/sweep/stream?play=book&time=1000", "--time 1000: more than this server gives one sweep (120 s)")]
    public async Task BadOption_Is400WithOneLine(string path, string expected)
    {
        using var response = await _server.Client.PostAsync(path, null);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(expected, await ChessApiTests.Detail(response));
    }

    [Fact]
    public async Task Sweep_StreamsProgress_AndEndsWithTheCliJson()
    {
        using var stream = await _server.OpenStreamAsync("/api/soccer/sweep/stream?play=book&runs=200", "");
        var events = await stream.ReadAllAsync();
        Assert.Equal("started", events[0].Name);
        var result = events.Single(e => e.Name == "result").Data;
        var (exit, cli, _) = CliOutput.Run("soccer", "sweep", "book", "--runs", "200", "--format", "json");
        Assert.Equal(0, exit);
        Assert.Equal(cli.Trim(), result);
    }

    [Fact]
    public async Task Sweep_Cancelled_ReportsTheRunsFinishedSoFar()
    {
        using var stream = await _server.OpenStreamAsync("/api/soccer/sweep/stream?play=book&runs=100000", "");
        var id = JsonDocument.Parse((await stream.NextAsync())!.Value.Data).RootElement.GetProperty("id").GetString();
        Assert.Equal("progress", (await stream.NextAsync())!.Value.Name);
        using (var cancel = await _server.Client.PostAsync($"/api/jobs/{id}/cancel", null))
        {
            Assert.Equal(HttpStatusCode.Accepted, cancel.StatusCode);
        }
        var rest = await stream.ReadAllAsync(new CancellationTokenSource(TimeSpan.FromSeconds(20)).Token);
        using var json = JsonDocument.Parse(rest.Single(e => e.Name == "result").Data);
        Assert.InRange(json.RootElement.GetProperty("runs").GetInt32(), 1, 99_999);
        Assert.Equal(100_000, json.RootElement.GetProperty("requestedRuns").GetInt32());
    }
}
