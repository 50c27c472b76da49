using System.Text.Json;
using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>
/// The soccer page's sweep draws the goal rate with its 95 % interval while the runs come in: a point per progress
/// event, each the rate of the first k runs, which is what `tempo soccer sweep book --runs k` says.
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class SweepChartTests : IAsyncLifetime
{
    private AppSession _app = null!;

    // One thread: 50,000 runs take well over 10 s, long enough to watch and cancel.
    public async Task InitializeAsync() => _app = await StartAsync(new ServerOptions { MaxThreadsPerJob = 1 });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ALiveChartOfTheGoalRate_ItsPointsAreTheClisRateOfTheFirstRuns()
    {
        var page = await _app.OpenAsync("/soccer.html");
        var p = page.Page;
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        await TypeAsync(p, "#sweep-runs", "50000");
        await ClickAsync(p, "#sweep");
        await WaitAsync(page, "document.querySelectorAll('#sweep-chart circle.now').length === 1 && Number(document.querySelector('#sweep-chart circle.now').dataset.runs) >= 50");
        var first = await PointAsync(page);
        await WaitAsync(page, $"Number(document.querySelector('#sweep-chart circle.now').dataset.runs) > {first.Runs}");
        var live = await PointAsync(page);
        // Still running: the chart grew while the sweep went on.
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#sweep-cancel').disabled"));
        Assert.True(live.Points >= 2, $"{live.Points} points");
        Assert.Equal(await page.EvaluateAsync<int>("document.querySelector('#sweep-chart polygon.band').getAttribute('points').split(' ').length"), 2 * live.Points);
        Assert.Equal(CliGoals(live.Runs), live.Goals);
        Assert.StartsWith($"Goal rate after {live.Runs.ToString("N0", System.Globalization.CultureInfo.InvariantCulture)} runs: ", live.Caption);

        await ClickAsync(p, "#sweep-cancel");
        await WaitAsync(page, "document.querySelector('.sweep-rate') !== null");
        var last = await PointAsync(page);
        Assert.StartsWith($"Scores in {last.Goals} of {last.Runs} runs", await page.EvaluateAsync<string>("document.querySelector('.sweep-rate').textContent"));
        Assert.Equal(CliGoals(last.Runs), last.Goals);
        Assert.True(last.Runs >= live.Runs && last.Runs < 50_000, $"stopped after {last.Runs} runs");
        page.AssertNoProblems();
    }

    private static int CliGoals(int runs)
    {
        var (exit, text, _) = CliOutput.Run("soccer", "sweep", "book", "--runs", runs.ToString(System.Globalization.CultureInfo.InvariantCulture), "--format", "json");
        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(text);
        return json.RootElement.GetProperty("goals").GetInt32();
    }

    private static async Task<(int Runs, int Goals, int Points, string Caption)> PointAsync(Testing.Browser.BrowserPage page)
    {
        var values = await page.EvaluateAsync<string[]>("""
            (() => { const dot = document.querySelector('#sweep-chart circle.now');
              return [dot.dataset.runs, dot.dataset.goals, String(document.querySelector('#sweep-chart polyline.rate').getAttribute('points').split(' ').length),
                document.querySelector('#sweep-live').textContent]; })()
            """);
        return (int.Parse(values[0], System.Globalization.CultureInfo.InvariantCulture), int.Parse(values[1], System.Globalization.CultureInfo.InvariantCulture),
            int.Parse(values[2], System.Globalization.CultureInfo.InvariantCulture), values[3]);
    }
}
