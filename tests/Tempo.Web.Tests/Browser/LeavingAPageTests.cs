using System.Text.Json;
using Tempo.Web.Tests.Api;
using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>
/// A user who closes the tab, or follows a link to another page, while a sweep or a batch runs: the server stops that
/// work. Seen from the server's side: its count of running jobs (<c>GET /api/jobs</c>, which drops only when the work's
/// threads have returned) goes back to 0, long before the work could have ended by itself (one thread, caps of 10 minutes).
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class LeavingAPageTests : IAsyncLifetime
{
    /// <summary>How soon the server must have stopped; the work left running would go on for minutes.</summary>
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(10);

    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync(new ServerOptions
    {
        MaxThreadsPerJob = 1,
        SweepTimeCap = TimeSpan.FromMinutes(10),
        BatchTimePerPositionCap = TimeSpan.FromMinutes(10),
    });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ClosingTheSoccerPage_DuringASweep_StopsTheSweep()
    {
        var page = await _app.OpenAsync("/soccer.html");
        var p = page.Page;
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        await TypeAsync(p, "#sweep-runs", "100000");
        await ClickAsync(p, "#sweep");
        await WaitAsync(page, "/^[1-9][0-9,]* of 100,000 runs/.test(document.querySelector('#sweep-message').textContent)");
        Assert.Equal(1, await RunningAsync());
        page.AssertNoProblems();

        await p.CloseAsync();
        await AssertTheServerIsIdleWithinTheBoundAsync();
    }

    [Fact]
    public async Task LeavingTheBatchPage_DuringABatch_StopsTheBatch()
    {
        var page = await _app.OpenAsync("/batch.html");
        var p = page.Page;
        await p.EvaluateFunctionAsync("t => { document.querySelector('#text').value = t; }", BatchApiTests.Endless + BatchApiTests.Mates);
        await TypeAsync(p, "#time-per", "600");
        await ClickAsync(p, "#run");
        await WaitAsync(page, "document.querySelector('#working').textContent.startsWith('Proving position 1 of 6') && document.querySelector('#working').textContent.includes('is there a mate in')");
        Assert.Equal(1, await RunningAsync());
        page.AssertNoProblems();

        // The user follows the menu's link to the chess page (which runs no job of its own).
        await ClickAsync(p, "nav a[href='/chess.html']");
        await WaitAsync(page, "location.pathname === '/chess.html' && document.querySelector('#fen-message').textContent.includes('legal moves')");
        await AssertTheServerIsIdleWithinTheBoundAsync();
        // Only the batch's stream may have been cut, by the browser, as the page was left.
        Assert.All(page.Problems, problem => Assert.True(
            problem is { Kind: "request failed" } && problem.Text.Contains("/api/chess/batch/stream", StringComparison.Ordinal), problem.ToString()));
    }

    private async Task<int> RunningAsync()
    {
        using var json = JsonDocument.Parse(await _app.Server.Client.GetStringAsync("/api/jobs"));
        return json.RootElement.GetProperty("running").GetInt32() + json.RootElement.GetProperty("waiting").GetInt32();
    }

    private async Task AssertTheServerIsIdleWithinTheBoundAsync()
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var running = await RunningAsync();
        while (running != 0 && clock.Elapsed < Bound)
        {
            await Task.Delay(100);
            running = await RunningAsync();
        }
        Assert.True(running == 0, $"{running} job(s) still running on the server {Bound.TotalSeconds:0} s after the page was left");
    }
}
