using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>The chess page driven as a user drives it, in Debian's Chromium; any console error, page error or failed request fails.</summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class ChessPageTests : IAsyncLifetime
{
    private const string Puzzle = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";
    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task SetUpThePuzzleByDragging_ProveIt_AndReadTable11()
    {
        var page = await _app.OpenAsync("/chess.html");
        var p = page.Page;
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await ClickAsync(p, "#empty");
        await WaitAsync(page, "document.querySelectorAll('#board .piece').length === 0");
        // Every piece dragged in from the palettes; the queen first to a wrong square and then across the board,
        // and a stray pawn dragged in and off the board again.
        foreach (var (square, letter) in PiecesOf(Puzzle))
        {
            var target = letter == 'Q' ? "d3" : square;
            await DragAsync(p, $"[data-brush='{letter}']", $"[data-square='{target}']");
        }
        await DragAsync(p, "#board [data-square='d3']", "#board [data-square='c3']");
        await DragAsync(p, "[data-brush='P']", "#board [data-square='a4']");
        await WaitAsync(page, "document.querySelector(\"[data-square='a4'] .piece\") !== null");
        var (x, y) = await CentreAsync(p, "#prove");
        await DragAsync(p, "#board [data-square='a4']", null, (x, y + 200));
        await WaitAsync(page, $"document.querySelector('#fen').value === '{Puzzle}'");
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");

        await TypeAsync(p, "#line", "Nd4 Be6");
        await ClickAsync(p, "#prove");
        await WaitAsync(page, "document.querySelectorAll('#steps tbody tr').length === 3");
        var rows = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('#steps tbody tr')].map(r => [...r.cells].map(c => c.textContent))");
        Assert.Equal(["1", "Bh8", "Nd4"], rows[0]);
        Assert.Equal(["2", "Qxd4", "Be6"], rows[1]);
        Assert.Equal(["3", "Qg7#", ""], rows[2]);
        Assert.Contains("Mate in 3: key Bh8 (unique)", await page.EvaluateAsync<string>("document.querySelector('#summary').textContent"));

        // A click on a defence in the tree plays the line on the board, with an arrow for its last move.
        await ClickAsync(p, "#tree .mv[data-line='Bh8 Nd4']");
        await WaitAsync(page, "document.querySelector(\".arrow[data-from='c6'][data-to='d4']\") !== null");
        Assert.Equal("n", await page.EvaluateAsync<string>("document.querySelector(\"[data-square='d4'] .piece\").dataset.piece"));
        Assert.Equal("B", await page.EvaluateAsync<string>("document.querySelector(\"[data-square='h8'] .piece\").dataset.piece"));
        await SaveScreenshotAsync(page, "chess");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task BadFen_ShowsTheCliMessage_WithoutAFailedRequest()
    {
        var page = await _app.OpenAsync("/chess.html");
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await TypeAsync(page.Page, "#fen", "8/8/8 w - -");
        await WaitAsync(page, "document.querySelector('#fen-message').classList.contains('error')");
        Assert.Equal(CliOutput.Refusal("chess", "diagram", "8/8/8 w - -"), await page.EvaluateAsync<string>("document.querySelector('#fen-message').textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#prove').disabled"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task CancelALongSolve_ShowsThePartialResult()
    {
        var page = await _app.OpenAsync("/chess.html");
        var p = page.Page;
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await TypeAsync(p, "#max", "20");
        await TypeAsync(p, "#time", "100");
        await ClickAsync(p, "#prove");
        await WaitAsync(page, "!['–', '0'].includes(document.querySelector('#p-nodes').textContent)");
        // The live timeline of the solver's line: a span per mate distance proven so far, deeper one after another.
        await WaitAsync(page, "document.querySelectorAll('#live-timeline rect.live-span').length >= 2 && document.querySelector('#live .live-caption').textContent.includes('proving mate in ≤')");
        var depths = await page.EvaluateAsync<int[]>("[...document.querySelectorAll('#live-timeline rect.live-span')].map(r => Number(r.dataset.depth))");
        Assert.Equal(depths.Order().Distinct(), depths);
        await ClickAsync(p, "#cancel");
        await WaitAsync(page, "document.querySelector('#verdict').textContent === 'unknown'");
        Assert.Contains("cancelled at", await page.EvaluateAsync<string>("document.querySelector('#live .live-caption').textContent"));
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('#live-timeline .live-end').length"));
        Assert.StartsWith("Stopped: no mate in", await page.EvaluateAsync<string>("document.querySelector('#summary').textContent"));
        Assert.Equal("Cancelled: this is what was proven.", await page.EvaluateAsync<string>("document.querySelector('#prove-message').textContent"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#prove').disabled"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task ArrowKeys_WalkTheSolutionTree_AndTheBoardFollows()
    {
        var page = await _app.OpenAsync("/chess.html?fen=" + Uri.EscapeDataString(Puzzle));
        var p = page.Page;
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await ClickAsync(p, "#prove");
        await WaitAsync(page, "document.querySelectorAll('#tree .mv').length > 3");
        var lines = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#tree .mv')].map(b => b.dataset.line)");
        var defences = lines.Where(l => l.Split(' ').Length == 2).ToList();
        Assert.True(defences.Count >= 2, string.Join(" | ", lines));
        var reply = lines.First(l => l.StartsWith(defences[0] + " ", StringComparison.Ordinal) && l.Split(' ').Length == 3);
        foreach (var (key, line) in new[]
        {
            ("ArrowRight", "Bh8"), ("ArrowRight", defences[0]), ("ArrowDown", defences[1]), ("ArrowUp", defences[0]),
            ("ArrowRight", reply), ("ArrowLeft", defences[0]), ("ArrowLeft", "Bh8"),
        })
        {
            await p.Keyboard.PressAsync(key);
            await WaitAsync(page, $"document.querySelector('#tree .mv.current')?.dataset.line === '{line}' && document.querySelector('#viewing-text').textContent === 'Showing {line}'");
        }
        Assert.Equal("B", await page.EvaluateAsync<string>("document.querySelector(\"[data-square='h8'] .piece\").dataset.piece"));
        page.AssertNoProblems();
    }

    private static IEnumerable<(string Square, char Letter)> PiecesOf(string fen)
    {
        var rows = fen.Split(' ')[0].Split('/');
        for (var r = 0; r < 8; r++)
        {
            var file = 0;
            foreach (var c in rows[r])
            {
                if (char.IsDigit(c))
                {
                    file += c - '0';
                    continue;
                }
                yield return ($"{(char)('a' + file)}{8 - r}", c);
                file++;
            }
        }
    }
}
