using System.Globalization;
using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>The soccer page and the landing page in Debian's Chromium; any console error, page error or failed request fails.</summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class SoccerAndLandingPageTests : IAsyncLifetime
{
    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task LoadBook_RunIt_SeeTheGoal_AndTheAnimationAdvance()
    {
        var page = await _app.OpenAsync("/soccer.html");
        var p = page.Page;
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        await ClickAsync(p, "#load-book");
        await WaitAsync(page, "document.querySelector('#yaml').value.startsWith('# The chapter')");
        await WaitAsync(page, "document.querySelectorAll('#pitch .player').length === 22");
        await ClickAsync(p, "#run");
        await WaitAsync(page, "document.querySelector('#outcome-text').textContent.length > 0");
        Assert.Equal("GOAL for Slovenia: #2 scores after 8.76 s (concurrent, seed 2)", await page.EvaluateAsync<string>("document.querySelector('#outcome-text').textContent"));
        var first = await ClockAsync(page);
        var ball = await page.EvaluateAsync<string>("document.querySelector('#pitch .ball').getAttribute('cx')");
        await WaitAsync(page, $"parseFloat(document.querySelector('#clock').textContent) > {(first + 0.5).ToString(CultureInfo.InvariantCulture)}");
        Assert.NotEqual(ball, await page.EvaluateAsync<string>("document.querySelector('#pitch .ball').getAttribute('cx')"));
        Assert.True(await page.EvaluateAsync<int>("document.querySelectorAll('#events li.past').length") >= 1);
        Assert.True(await page.EvaluateAsync<int>("document.querySelectorAll('#soccer-timeline .span').length") > 20);

        // Sequential: the same play with the attack's lines taking turns, and the one line that says why.
        await ClickAsync(p, "#mode-sequential");
        await ClickAsync(p, "#run");
        await WaitAsync(page, "document.querySelector('#outcome-text').textContent.startsWith('No goal')");
        Assert.StartsWith("one line of control:", await page.EvaluateAsync<string>("document.querySelector('#explanation').textContent"));
        await ClickAsync(p, "#mode-concurrent");
        await ClickAsync(p, "#run");
        await WaitAsync(page, "document.querySelector('#outcome-text').textContent.startsWith('GOAL')");
        await ClickAsync(p, "#play-pause");
        await p.EvaluateExpressionAsync("(() => { const s = document.querySelector('#scrub'); s.value = '700'; s.dispatchEvent(new Event('input')); })()");
        await SaveScreenshotAsync(page, "soccer");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Sweep_ShowsTheGoalRate_AndReplaysAFailure()
    {
        var page = await _app.OpenAsync("/soccer.html");
        var p = page.Page;
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        await TypeAsync(p, "#sweep-runs", "200");
        await ClickAsync(p, "#sweep");
        await WaitAsync(page, "document.querySelector('.sweep-rate') !== null");
        var (exit, cli, _) = CliOutput.Run("soccer", "sweep", "book", "--runs", "200", "--format", "json");
        Assert.Equal(0, exit);
        using var json = System.Text.Json.JsonDocument.Parse(cli);
        var goals = json.RootElement.GetProperty("goals").GetInt32();
        Assert.StartsWith($"Scores in {goals} of 200 runs", await page.EvaluateAsync<string>("document.querySelector('.sweep-rate').textContent"));
        var seed = json.RootElement.GetProperty("failures")[0].GetProperty("exampleSeed").GetInt32();
        await ClickAsync(p, ".failures li:first-child button");
        await WaitAsync(page, $"document.querySelector('#outcome-text').textContent.includes('seed {seed}')");
        Assert.StartsWith("No goal", await page.EvaluateAsync<string>("document.querySelector('#outcome-text').textContent"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task LandingPage_ShowsTable11_TheRuns_AndATimelineThatTellsWhoWokeWhom()
    {
        var page = await _app.OpenAsync("/");
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        var moves = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#table-1-1 td.move')].map(c => c.textContent)");
        Assert.Equal(["Bh8", "Nd4", "Qxd4", "Be6", "Qg7#"], moves);
        Assert.StartsWith("Goal: #2 scores", await page.EvaluateAsync<string>("document.querySelector('#outcome-concurrent .verdict').textContent"));
        Assert.StartsWith("No goal", await page.EvaluateAsync<string>("document.querySelector('#outcome-sequential .verdict').textContent"));
        Assert.Equal(4, await page.EvaluateAsync<int>("document.querySelectorAll('#timelines .timeline').length"));
        // #10 waits for "#2 past x=85" in the concurrent play; hovering that bar names #2 as the line that woke him.
        var bar = "#timelines .timeline:nth-of-type(3) rect.span.waiting";
        var found = await page.EvaluateAsync<int>($$"""
            (() => { const bars = [...document.querySelectorAll('#timelines .timeline')][2].querySelectorAll('rect.span.waiting');
              const i = [...bars].findIndex(b => b.__span.label === '#2 past x=85'); if (i >= 0) bars[i].id = 'probe'; return i; })()
            """);
        Assert.True(found >= 0, $"no waiting bar for '#2 past x=85' in {bar}");
        await page.Page.HoverAsync("#probe");
        await WaitAsync(page, "!document.querySelector('#timelines .timeline-tip:not(.hidden)') === false");
        var tip = await page.EvaluateAsync<string>("document.querySelector('#timelines .timeline-tip:not(.hidden)').textContent");
        Assert.Contains("waits for #2 past x=85", tip);
        Assert.Contains("woken by #2", tip);
        await SaveScreenshotAsync(page, "lines-of-control");
        page.AssertNoProblems();
    }

    private static async Task<double> ClockAsync(Tempo.Testing.Browser.BrowserPage page) =>
        double.Parse((await page.EvaluateAsync<string>("document.querySelector('#clock').textContent")).Split(' ')[0], CultureInfo.InvariantCulture);
}
