using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>
/// Cooks and tries drawn on the chess page's solution tree, on the two problems the solver's own tests know them for
/// (MateSolverTests): a cooked mate in 2 with four keys, and a two-mover with two tries, each refuted by one defence.
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class SolutionTreeTests : IAsyncLifetime
{
    private const string Cooked = "7B/5R2/3p3N/3P4/1K2k2r/4N3/4Q3/8 w - - 0 1";
    private const string WithTries = "8/5R2/2K1P3/4k3/8/b1PPpp1B/5p2/8 w - - 0 1";
    private const string WithADual = "1r4k1/8/5PP1/K7/6NR/7B/1r6/7R w - - 0 1"; // DualTests: after 1.Nh6+ Kh8, 2.g7+ and 2.Nf7+ both mate in time
    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task ACookedProblem_MarksTheKeyCooked_AndListsEachOtherKeyAsACook()
    {
        var page = await ProveAsync(Cooked);
        Assert.Equal("Mate in 2: key Kc3 (and 3 more: cooked).", await page.EvaluateAsync<string>("document.querySelector('#summary').textContent"));
        Assert.Equal("key (cooked)", await page.EvaluateAsync<string>("document.querySelector('#tree > details > summary .tag.key').textContent"));
        var cooks = await page.EvaluateAsync<string[][]>("[...document.querySelectorAll('#tree .leaf.cook')].map(r => [r.querySelector('.mv').textContent, r.querySelector('.tag.cook').textContent])");
        Assert.Equal([["Kc4", "cook: also mates"], ["Neg4+", "cook: also mates"], ["Rg7", "cook: also mates"]], cooks);
        Assert.Contains("cooked 4 keys: Kc3, Kc4, Neg4+, Rg7", await page.EvaluateAsync<string>("document.querySelector('#notes').textContent"));

        // A cook plays on the board like any move of the tree.
        await ClickAsync(page.Page, "#tree .leaf.cook .mv[data-line='Neg4+']");
        await WaitAsync(page, "document.querySelector(\".arrow[data-from='e3'][data-to='g4']\") !== null");
        Assert.Equal("N", await page.EvaluateAsync<string>("document.querySelector(\"[data-square='g4'] .piece\").dataset.piece"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Tries_AreDrawnWithTheirRefutations_AndTheRefutationPlaysOnTheBoard()
    {
        var page = await ProveAsync(WithTries);
        Assert.Equal("Mate in 2: key Kd7 (unique).", await page.EvaluateAsync<string>("document.querySelector('#summary').textContent"));
        var tries = await page.EvaluateAsync<string[]>("[...document.querySelectorAll('#tree .leaf.try')].map(r => r.textContent)");
        Assert.Equal(["1.d4+? try refuted by 1...Ke4!", "1.Rf5+? try refuted by 1...Kxe6!"], tries);
        Assert.Equal(0, await page.EvaluateAsync<int>("document.querySelectorAll('#tree .leaf.cook').length"));

        await ClickAsync(page.Page, "#tree .leaf.try .mv[data-line='Rf5+ Kxe6']");
        await WaitAsync(page, "document.querySelector(\".arrow[data-from='e5'][data-to='e6']\") !== null");
        Assert.Equal("k", await page.EvaluateAsync<string>("document.querySelector(\"[data-square='e6'] .piece\").dataset.piece"));
        Assert.Equal("R", await page.EvaluateAsync<string>("document.querySelector(\"[data-square='f5'] .piece\").dataset.piece"));
        Assert.Equal("Showing Rf5+ Kxe6", await page.EvaluateAsync<string>("document.querySelector('#viewing-text').textContent"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task ADual_IsMarkedWhereItHappens_AndInTheNotes()
    {
        var page = await ProveAsync(WithADual, max: 3);
        Assert.Contains("dual after Nh6+ Kh8: g7+ / Nf7+", await page.EvaluateAsync<string>("document.querySelector('#notes').textContent"));
        // In the tree, beside the move played after 1.Nh6+ Kh8: "dual also" the other one.
        var marked = await page.EvaluateAsync<string[][]>("""
            [...document.querySelectorAll('#tree .tag.dual')].map(tag => { const holder = tag.parentElement;
              const moves = [...holder.children].filter(e => e.classList.contains('mv')); return [moves.at(-1).dataset.line, holder.textContent]; })
            """);
        var (line, text) = (Assert.Single(marked)[0], marked[0][1]);
        Assert.Contains(line, new[] { "Nh6+ Kh8 g7+", "Nh6+ Kh8 Nf7+" });
        Assert.EndsWith(line.EndsWith("g7+", StringComparison.Ordinal) ? "dual also Nf7+" : "dual also g7+", text);
        page.AssertNoProblems();
    }

    private async Task<Testing.Browser.BrowserPage> ProveAsync(string fen, int max = 2)
    {
        var page = await _app.OpenAsync("/chess.html?fen=" + Uri.EscapeDataString(fen));
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        await TypeAsync(page.Page, "#max", max.ToString(System.Globalization.CultureInfo.InvariantCulture));
        await ClickAsync(page.Page, "#prove");
        await WaitAsync(page, "!document.querySelector('#tree-card').classList.contains('hidden') && document.querySelectorAll('#tree .mv').length > 1");
        return page;
    }
}
