using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>
/// Two users of a server started as <c>tempo serve --max-jobs 1</c>: the second one's solve waits its turn, the page
/// saying where it stands in the queue, and runs to its result once the first one is cancelled. Any console error,
/// page error or failed request fails.
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(Support.TimingCollection))]
public sealed class QueuedSolveTests : IAsyncLifetime
{
    private const string Puzzle = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";
    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync(new ServerOptions { MaxConcurrentJobs = 1, MaxQueuedJobs = 4 });

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ASecondSolve_ShowsItsPlaceInTheQueue_ThenRunsWhenTheFirstIsCancelled()
    {
        // The first user proves the start position (no mate near): it holds the only running slot.
        var first = await _app.OpenAsync("/chess.html");
        await WaitAsync(first, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await TypeAsync(first.Page, "#max", "20");
        await TypeAsync(first.Page, "#time", "100");
        await ClickAsync(first.Page, "#prove");
        await WaitAsync(first, "!['–', '0'].includes(document.querySelector('#p-nodes').textContent)");

        // The second user's solve of the chapter's puzzle waits, and says where it stands.
        // Each user's tab is brought to the front before it is used: a background tab draws no frames, and the waits poll on frames.
        var second = await _app.OpenAsync("/chess.html?fen=" + Uri.EscapeDataString(Puzzle));
        await second.Page.BringToFrontAsync();
        await WaitAsync(second, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await ClickAsync(second.Page, "#prove");
        await WaitAsync(second, "document.querySelector('#prove-message').textContent.startsWith('Waiting for a free slot')");
        Assert.Equal(
            "Waiting for a free slot: number 1 in the queue (1 running on the server)…",
            await second.EvaluateAsync<string>("document.querySelector('#prove-message').textContent"));
        Assert.Equal("0", await second.EvaluateAsync<string>("document.querySelector('#p-nodes').textContent"));
        Assert.False(await second.EvaluateAsync<bool>("document.querySelector('#cancel').disabled"));
        Assert.Equal(0, await second.EvaluateAsync<int>("document.querySelectorAll('#steps tbody tr').length"));

        // The first user cancels: his partial result, and the second solve starts and finishes with Table 1.1.
        await first.Page.BringToFrontAsync();
        await ClickAsync(first.Page, "#cancel");
        await WaitAsync(first, "document.querySelector('#verdict').textContent === 'unknown'");
        await second.Page.BringToFrontAsync();
        await WaitAsync(second, "document.querySelectorAll('#steps tbody tr').length === 3");
        var keys = await second.EvaluateAsync<string[]>("[...document.querySelectorAll('#steps tbody tr')].map(r => r.cells[1].textContent)");
        Assert.Equal(["Bh8", "Qxd4", "Qg7#"], keys);
        Assert.Contains("Mate in 3: key Bh8 (unique)", await second.EvaluateAsync<string>("document.querySelector('#summary').textContent"));
        Assert.DoesNotContain("Waiting", await second.EvaluateAsync<string>("document.querySelector('#prove-message').textContent"));
        first.AssertNoProblems();
        second.AssertNoProblems();
    }
}
