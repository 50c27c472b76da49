using PuppeteerSharp;
using Tempo.Web.Tests.Api;
using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>The batch page driven as a user drives it, in Debian's Chromium: choose a file, prove it, cancel, download.</summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class BatchPageTests : IAsyncLifetime
{
    private AppSession _app = null!;
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"tempo-batch-page-{Guid.NewGuid():N}");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _app = await StartAsync();
    }

    public async Task DisposeAsync()
    {
        await _app.DisposeAsync();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task ChooseAFile_SeeEachPositionAsItIsProven_AndDownloadTheClisJsonl()
    {
        var file = Path.Combine(_folder, "mates.epd");
        await File.WriteAllTextAsync(file, BatchApiTests.Mates);
        var page = await _app.OpenAsync("/batch.html");
        var p = page.Page;
        var input = await p.QuerySelectorAsync("#file") ?? throw new InvalidOperationException("no #file");
        await input.UploadFileAsync(file);
        await WaitAsync(page, "document.querySelector('#text').value.includes('bm #2')");
        Assert.Contains("mates.epd", await page.EvaluateAsync<string>("document.querySelector('#file-name').textContent"));
        await TypeAsync(p, "#time-per", "30");
        await ClickAsync(p, "#run");
        await WaitAsync(page, "document.querySelector('#batch-message').textContent.startsWith('Done')");

        var rows = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('#results tbody tr')].map(r => [...r.cells].map(c => c.textContent))");
        Assert.Equal(["1", "2", "3", "4", "5"], rows.Select(r => r[0]));
        Assert.Equal(["passed", "passed", "unreadable", "passed", "passed"], rows.Select(r => r[7]));
        Assert.Equal(["mate in 1", "mate in 1", "mate in 2", "mate in 2"], rows.Where((_, i) => i != 2).Select(r => r[3]));
        Assert.StartsWith("line 3: ", rows[2][3]);
        Assert.Equal("5 / 5", await page.EvaluateAsync<string>("document.querySelector('#t-done').textContent"));
        Assert.Equal("4", await page.EvaluateAsync<string>("document.querySelector('#t-passed').textContent"));
        await SaveScreenshotAsync(page, "batch");

        await p.Client.SendAsync("Page.setDownloadBehavior", new Dictionary<string, object> { ["behavior"] = "allow", ["downloadPath"] = _folder });
        await ClickAsync(p, "#download");
        var saved = Path.Combine(_folder, "mates.jsonl");
        for (var i = 0; i < 100 && !File.Exists(saved); i++)
        {
            await Task.Delay(100);
        }
        var (_, cliText, _) = CliOutput.Run("chess", "batch", file, "--time-per", "30");
        Assert.Equal(BatchApiTests.Untimed(string.Concat(cliText.Split('\n').Where(l => l.StartsWith('{')).Select(l => l + "\n"))), BatchApiTests.Untimed(await File.ReadAllTextAsync(saved)));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task BadFile_ShowsTheServersOneLine()
    {
        var page = await _app.OpenAsync("/batch.html");
        await page.EvaluateAsync<bool>("(document.querySelector('#text').value = 'PuzzleId,FEN\\nx,y\\n', true)");
        await ClickAsync(page.Page, "#run");
        await WaitAsync(page, "document.querySelector('#batch-message').classList.contains('error')");
        Assert.Equal("pasted.epd: not a Lichess puzzle CSV: the header lacks Moves, Themes (expected PuzzleId,FEN,Moves,...,Themes,...)",
            await page.EvaluateAsync<string>("document.querySelector('#batch-message').textContent"));
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('#results tbody tr').length"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#run').disabled"));
        // The refusal itself is the only thing the browser reports: the 400 and Chromium's console line about it.
        Assert.NotEmpty(page.Problems);
        Assert.All(page.Problems, problem => Assert.True(
            problem is { Kind: "HTTP 400" } && problem.Text.Contains("/api/chess/batch/stream", StringComparison.Ordinal)
            || problem is { Kind: "console.error" } && problem.Text.Contains("status of 400", StringComparison.Ordinal),
            problem.ToString()));
    }

    [Fact]
    public async Task Cancel_StopsALongBatch_AndKeepsWhatWasProven()
    {
        var page = await _app.OpenAsync("/batch.html");
        var text = BatchApiTests.Mates.Split('\n')[0] + "\n" + BatchApiTests.Endless + BatchApiTests.Mates;
        await page.Page.EvaluateFunctionAsync("t => { document.querySelector('#text').value = t; }", text);
        await TypeAsync(page.Page, "#time-per", "60");
        await ClickAsync(page.Page, "#run");
        await WaitAsync(page, "document.querySelectorAll('#results tbody tr').length === 1");
        await WaitAsync(page, "document.querySelector('#batch-message').textContent.startsWith('Proving 7 positions')");
        // The long one shows which position it is and the distance being tried, as the server proves it.
        await WaitAsync(page, "document.querySelector('#working').textContent.startsWith('Proving position 2 of 7 (line 2)') && document.querySelector('#working').textContent.includes('is there a mate in')");
        await ClickAsync(page.Page, "#cancel");
        await WaitAsync(page, "document.querySelector('#batch-message').textContent.startsWith('Cancelled after 1 of 7')");
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('#results tbody tr').length"));
        Assert.Equal("", await page.EvaluateAsync<string>("document.querySelector('#working').textContent"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#run').disabled"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#cancel').disabled"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#download').disabled"));
        page.AssertNoProblems();
    }
}
