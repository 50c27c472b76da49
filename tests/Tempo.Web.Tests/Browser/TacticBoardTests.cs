using System.Globalization;
using PuppeteerSharp;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;
using Tempo.Testing.Browser;
using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>The soccer page's tactic board driven as a coach drives it, in Debian's Chromium; any console error, page error or failed request fails.</summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class TacticBoardTests : IAsyncLifetime
{
    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task DragAPlayerOffThePitch_HeIsNotLost_AndTheBoardSaysWhy()
    {
        var page = await OpenBoardAsync();
        var p = page.Page;
        var nine = "#board .player[data-label='#9']";
        await DragAsync(p, nine, null, await PixelAsync(page, 72, 80));
        await WaitAsync(page, "document.querySelector('#board-message').classList.contains('error')");
        Assert.Equal("#9 cannot stand off the pitch at (72, 80) (x 0–105, y 0–68): he is back at (72, 38).", await TextAsync(page, "#board-message"));
        Assert.Equal(22, await page.EvaluateAsync<int>("document.querySelectorAll('#board .player').length"));
        Assert.Equal("translate(72,30)", await page.EvaluateAsync<string>($"document.querySelector(\"{nine}\").getAttribute('transform')"));
        Assert.Equal("(72, 38)", await TextAsync(page, "[data-key='attack:2'] .at"));

        // Beyond the margin and the picture itself, too; then a drop on the pitch does move him.
        var (x, y) = await CentreAsync(p, "#board");
        await DragAsync(p, nine, null, (x, y - 600));
        await WaitAsync(page, "document.querySelector('#board-message').textContent.includes('he is back at (72, 38)')");
        await DragAsync(p, nine, null, await PixelAsync(page, 80, 40));
        await WaitAsync(page, "document.querySelector('#board-message').textContent.startsWith('#9 moved to')");
        var moved = await TextAsync(page, "[data-key='attack:2'] .at");
        Assert.NotEqual("(72, 38)", moved);
        Assert.Equal(22, await page.EvaluateAsync<int>("document.querySelectorAll('#board .player').length"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task BuildAPlay_SaveItAsYaml_LoadItBack_AndItIsTheSamePlay()
    {
        var downloads = Directory.CreateTempSubdirectory("tempo-board-");
        try
        {
            var page = await OpenBoardAsync();
            var p = page.Page;
            await p.Client.SendAsync("Page.setDownloadBehavior", new { behavior = "allow", downloadPath = downloads.FullName });
            await ClickAsync(p, "#new-play");
            await WaitAsync(page, "document.querySelectorAll('#board .player').length === 2");
            await SettledAsync(page);
            await ClickAsync(p, ".roster-team.attack .row button");
            await SettledAsync(page);
            await WaitAsync(page, "document.querySelector(\"#board .player[data-label='#2']\") !== null");
            await DragAsync(p, "#board .player[data-label='#2']", null, await PixelAsync(page, 60, 20));
            await SettledAsync(page);
            await ClickAsync(p, "[data-tool='run']");
            await DragAsync(p, "#board .player[data-label='#2']", null, await PixelAsync(page, 85, 25));
            await SettledAsync(page);
            await ClickAsync(p, "[data-tool='pass']");
            await DragAsync(p, "#board .player[data-label='#10']", "#board .player[data-label='#2']");
            await SettledAsync(page);
            await ClickAsync(p, "[data-tool='shoot']");
            await DragAsync(p, "#board .player[data-label='#2']", null, await PixelAsync(page, 104, 36));
            await SettledAsync(page);
            await ClickAsync(p, ".roster-team.defence .row button");
            await SettledAsync(page);
            await WaitAsync(page, "document.querySelector(\"[data-key='defence:1'] .behaviour-menu\") !== null");
            await p.SelectAsync("[data-key='defence:1'] .behaviour-menu", "mark");
            await SettledAsync(page);
            await TypeAsync(p, ".roster-team.attack .team-name", "Reds");
            await p.Keyboard.PressAsync("Tab");
            await SettledAsync(page);
            await WaitAsync(page, "document.querySelector('#yaml-message').classList.contains('ok') && document.querySelector('#yaml').value.includes('Reds')");

            await ClickAsync(p, "#save-file");
            var saved = await DownloadedAsync(downloads);
            var play = PlayFile.Parse(saved, "saved.yaml");
            Assert.Equal(saved, await page.EvaluateAsync<string>("document.querySelector('#yaml').value"));
            Assert.Equal("Reds", play.AttackName);
            Assert.Equal(10, play.BallHolder);
            Assert.Equal([new PassAction(2, null)], play.Find(new PlayerId(Side.Attack, 10))!.Actions);
            var two = play.Find(new PlayerId(Side.Attack, 2))!;
            Near(new Vec2(60, 20), two.Start);
            Assert.Equal(3, two.Actions.Count);
            Near(new Vec2(85, 25), Assert.IsType<RunAction>(two.Actions[0]).To);
            Assert.IsType<ReceiveAction>(two.Actions[1]);
            Near(new Vec2(105, 36), Assert.IsType<ShootAction>(two.Actions[2]).Target);
            var marker = play.Find(new PlayerId(Side.Defence, 2))!;
            Assert.Equal((DefenderBehaviour.Mark, 10), (marker.Behaviour, marker.MarkTarget));
            Assert.Equal(new Vec2(102, 34), play.Find(new PlayerId(Side.Defence, 1))!.Start);

            // Loaded onto a fresh board, the file is the same board: saving it again writes the same bytes.
            await ClickAsync(p, "#new-play");
            await WaitAsync(page, "document.querySelectorAll('#board .player').length === 2");
            var input = await p.QuerySelectorAsync("#open-file");
            await input.UploadFileAsync(Directory.GetFiles(downloads.FullName).Single());
            await WaitAsync(page, "document.querySelectorAll('#board .player').length === 4 && document.querySelector('.roster-team.attack .team-name').value === 'Reds'");
            File.Delete(Directory.GetFiles(downloads.FullName).Single());
            await ClickAsync(p, "#save-file");
            var again = await DownloadedAsync(downloads);
            Assert.Equal(saved, again);
            Assert.True(PlayEquivalence.Same(play, PlayFile.Parse(again, "again.yaml")));
            page.AssertNoProblems();
        }
        finally
        {
            downloads.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task AnInvalidAction_ShowsItsErrorBesideThatAction()
    {
        var page = await OpenBoardAsync();
        var p = page.Page;
        // #10 is the book's second attacker; his third action waits for #2 past x = 85. Past 100, #2 never gets there.
        var wait = "[data-key='attack:1'] li.action[data-index='2']";
        await TypeAsync(p, $"{wait} input.past-x", "100");
        await p.Keyboard.PressAsync("Tab");
        await WaitAsync(page, $"document.querySelector(\"{wait} .action-error\") !== null");
        var broken = BookPlay.Text().Replace("past_x: 85", "past_x: 100", StringComparison.Ordinal);
        var expected = Assert.Throws<PlayFileException>(() => PlayFile.Parse(broken, "play"));
        Assert.Equal(expected.Reason, await TextAsync(page, $"{wait} .action-error"));
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('.action-error, .fault-message').length"));
        Assert.Equal("#10", await page.EvaluateAsync<string>("document.querySelector('#board .player.fault').dataset.label"));
        Assert.Equal($"{expected.PathInFile}: {expected.Reason}", await TextAsync(page, "#yaml-message"));

        // Put right, the error goes.
        await TypeAsync(p, $"{wait} input.past-x", "85");
        await p.Keyboard.PressAsync("Tab");
        await WaitAsync(page, "document.querySelectorAll('.action-error').length === 0 && document.querySelector('#yaml-message').classList.contains('ok')");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task SavingAnInvalidPlay_KeepsItAsADraft_MarkedInvalidWithItsError_AndItOpensBack()
    {
        var page = await OpenBoardAsync();
        var p = page.Page;
        await page.EvaluateAsync<bool>("(localStorage.removeItem('tempo.soccer.drafts'), true)");
        var wait = "[data-key='attack:1'] li.action[data-index='2']";
        await TypeAsync(p, $"{wait} input.past-x", "100");
        await p.Keyboard.PressAsync("Tab");
        await WaitAsync(page, $"document.querySelector(\"{wait} .action-error\") !== null");
        var broken = BookPlay.Text().Replace("past_x: 85", "past_x: 100", StringComparison.Ordinal);
        var expected = Assert.Throws<PlayFileException>(() => PlayFile.Parse(broken, "play"));

        await ClickAsync(p, "#save-file");
        await WaitAsync(page, "document.querySelector('#board-message').textContent.startsWith('Saved as a draft')");
        Assert.Equal(1, await page.EvaluateAsync<int>("document.querySelectorAll('#drafts li.draft').length"));
        Assert.False(await page.EvaluateAsync<bool>("document.querySelector('#drafts-card').classList.contains('hidden')"));
        Assert.Equal("invalid", await TextAsync(page, "#drafts li.draft .pill"));
        Assert.Equal($"{expected.PathInFile}: {expected.Reason}", await TextAsync(page, "#drafts li.draft .draft-error"));

        // Kept across a reload; opened, the play comes back with its error beside the same action.
        await p.ReloadAsync();
        await WaitAsync(page, "document.body.dataset.ready === 'true' && document.querySelectorAll('#drafts li.draft').length === 1");
        await WaitAsync(page, "document.querySelectorAll('.action-error').length === 0");
        await ClickAsync(p, "#drafts li.draft .draft-open");
        await WaitAsync(page, $"document.querySelector(\"{wait} .action-error\") !== null");
        Assert.Equal(expected.Reason, await TextAsync(page, $"{wait} .action-error"));
        Assert.Equal("100", await page.EvaluateAsync<string>($"document.querySelector(\"{wait} input.past-x\").value"));

        await ClickAsync(p, "#drafts li.draft .draft-delete");
        await WaitAsync(page, "document.querySelectorAll('#drafts li.draft').length === 0 && document.querySelector('#drafts-card').classList.contains('hidden')");
        page.AssertNoProblems();
    }

    [Fact]
    public async Task ATeamColour_AndWaitConditions_PickedInTheLists_AreInThePlay()
    {
        var page = await OpenBoardAsync();
        var p = page.Page;
        await p.EvaluateFunctionAsync("c => { const i = document.querySelector('.roster-team.defence .team-colour'); i.value = c; i.dispatchEvent(new Event('change')); }", "#15803d");
        await WaitAsync(page, "getComputedStyle(document.querySelector(\"#board .player[data-label='opp#5'] > circle\")).fill === 'rgb(21, 128, 61)'");

        // #9 waits for #2 in the penalty area, then near a point: first (82, 38), where #2 never goes, then (91, 23).
        var nine = "[data-key='attack:2']";
        await p.SelectAsync($"{nine} .add-action", "wait-area");
        await SettledAsync(page);
        await p.SelectAsync($"{nine} .add-action", "wait-near");
        await SettledAsync(page);
        var near = $"{nine} li.action.wait:last-child";
        await WaitAsync(page, $"document.querySelector(\"{near} .action-error\") !== null");
        Assert.Contains("never", await TextAsync(page, $"{near} .action-error"));
        await TypeAsync(p, $"{near} input.x", "91");
        await p.Keyboard.PressAsync("Tab");
        await SettledAsync(page);
        await TypeAsync(p, $"{near} input.y", "23");
        await p.Keyboard.PressAsync("Tab");
        await SettledAsync(page);
        await WaitAsync(page, "document.querySelectorAll('.action-error').length === 0 && document.querySelector('#yaml-message').classList.contains('ok')");

        var play = PlayFile.Parse(await page.EvaluateAsync<string>("document.querySelector('#yaml').value"), "play");
        Assert.Equal("#15803d", play.Colours.Defence);
        var waits = play.Find(new PlayerId(Side.Attack, 9))!.Actions.OfType<WaitAction>().Select(w => w.Condition).ToList();
        Assert.Equal(2, waits.Count);
        Assert.Equal((2, true), (waits[0].Player, waits[0].InPenaltyArea));
        Assert.Equal(2, waits[1].Player);
        Near(new Vec2(91, 23), waits[1].Near!.Value);
        Assert.Equal(2.0, waits[1].Within);
        Assert.Equal("#15803d", await page.EvaluateAsync<string>("document.querySelector('.roster-team.defence .team-colour').value"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task TheBallTool_ADribblePastADefender_AndReorderingTheList_AreThePlay()
    {
        var page = await OpenBoardAsync();
        var p = page.Page;
        await ClickAsync(p, "#new-play");
        await WaitAsync(page, "document.querySelectorAll('#board .player').length === 2");
        await SettledAsync(page);
        await ClickAsync(p, ".roster-team.attack .row button");
        await WaitAsync(page, "document.querySelector(\"#board .player[data-label='#2']\") !== null");
        await SettledAsync(page);

        // The Ball tool gives #2 the ball; he dribbles towards goal past the goalkeeper (the defender within 4 m of the
        // line drawn), then a run drawn after it is moved first.
        await ClickAsync(p, "[data-tool='ball']");
        await ClickAsync(p, "#board .player[data-label='#2']");
        await SettledAsync(page);
        await WaitAsync(page, "document.querySelector('#ball-holder').value === '2'");
        await ClickAsync(p, "[data-tool='dribble']");
        await DragAsync(p, "#board .player[data-label='#2']", null, await PixelAsync(page, 100, 34));
        await SettledAsync(page);
        await ClickAsync(p, "[data-tool='run']");
        await DragAsync(p, "#board .player[data-label='#2']", null, await PixelAsync(page, 70, 20));
        await SettledAsync(page);
        var two = "[data-key='attack:1']";
        await WaitAsync(page, $"document.querySelectorAll(\"{two} li.action\").length === 2");
        Assert.Equal(["dribble", "run"], await page.EvaluateAsync<string[]>($"[...document.querySelectorAll(\"{two} li.action\")].map(a => a.classList[1])"));
        Assert.Equal("1", await page.EvaluateAsync<string>($"document.querySelector(\"{two} li.action select.past\").value"));
        await ClickAsync(p, $"{two} li.action[data-index='1'] button.earlier");
        await SettledAsync(page);
        await WaitAsync(page, $"document.querySelector(\"{two} li.action[data-index='0']\").classList.contains('run') && document.querySelector('#yaml-message').classList.contains('ok')");

        var play = PlayFile.Parse(await page.EvaluateAsync<string>("document.querySelector('#yaml').value"), "play");
        Assert.Equal(2, play.BallHolder);
        var actions = play.Find(new PlayerId(Side.Attack, 2))!.Actions;
        Assert.Equal(2, actions.Count);
        Near(new Vec2(70, 20), Assert.IsType<RunAction>(actions[0]).To);
        var dribble = Assert.IsType<DribbleAction>(actions[1]);
        Near(new Vec2(100, 34), dribble.To);
        Assert.Equal(1, dribble.Past);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task ThePlaysTeamColours_AreThePiecesShirts()
    {
        var page = await OpenBoardAsync();
        var coloured = BookPlay.Text()
            .Replace("attack:\n  name: Slovenia\n", "attack:\n  name: Slovenia\n  colour: claret\n", StringComparison.Ordinal)
            .Replace("defence:\n  name: Opponents\n", "defence:\n  name: Opponents\n  colour: '#fff'\n", StringComparison.Ordinal);
        Assert.Contains("colour: claret", coloured);
        Assert.Contains("colour: '#fff'", coloured);
        await page.Page.EvaluateFunctionAsync("t => { const y = document.querySelector('#yaml'); y.value = t; y.dispatchEvent(new Event('input')); }", coloured);
        // claret is #7f1d1d; a white shirt gets a dark number.
        const string Shirt = "(l => getComputedStyle(document.querySelector(`#board .player[data-label='${l}'] > circle`)).fill)";
        await WaitAsync(page, $"{Shirt}('#10') === 'rgb(127, 29, 29)'");
        Assert.Equal("rgb(255, 255, 255)", await page.EvaluateAsync<string>($"{Shirt}('opp#5')"));
        Assert.Equal("rgb(29, 34, 48)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector(\"#board .player[data-label='opp#5'] > text\")).fill"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task AShotEditedWideOfThePosts_IsWarnedOnThePage_NamingTheAction_AndTheWarningGoesWhenPutRight()
    {
        var page = await OpenBoardAsync();
        var wide = BookPlay.Text().Replace("shoot: [105, 36.6]", "shoot: [105, 45]", StringComparison.Ordinal);
        var expected = Assert.Single(PlayFile.Parse(wide, "play").Warnings);
        const string Edit = "t => { const y = document.querySelector('#yaml'); y.value = t; y.dispatchEvent(new Event('input')); }";
        await page.Page.EvaluateFunctionAsync(Edit, wide);
        await WaitAsync(page, "document.querySelector('#yaml-message').classList.contains('warn')");
        var message = await TextAsync(page, "#yaml-message");
        // Still a good play (it runs), with the warning on its own line naming the action.
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#yaml-message').classList.contains('ok')"));
        Assert.EndsWith($"\nwarning: {expected.PathInFile}: {expected.Message}", message, StringComparison.Ordinal);
        Assert.Contains("shoot", expected.PathInFile, StringComparison.Ordinal);
        Assert.Equal("rgb(183, 121, 31)", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('#yaml-message')).color"));

        await page.Page.EvaluateFunctionAsync(Edit, BookPlay.Text());
        await WaitAsync(page, "!document.querySelector('#yaml-message').classList.contains('warn') && document.querySelector('#yaml-message').classList.contains('ok')");
        Assert.DoesNotContain("warning", await TextAsync(page, "#yaml-message"), StringComparison.Ordinal);
        page.AssertNoProblems();
    }

    private async Task<BrowserPage> OpenBoardAsync()
    {
        var page = await _app.OpenAsync("/soccer.html");
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        await WaitAsync(page, "document.querySelectorAll('#board .player').length === 22");
        return page;
    }

    /// <summary>Waits until the page has checked the last change with the server (and drawn the answer).</summary>
    private static Task SettledAsync(BrowserPage page) => WaitAsync(page, "document.body.dataset.settling !== 'true'");

    /// <summary>The viewport pixel of a point of the pitch (metres, y up) on the tactic board.</summary>
    private static async Task<(decimal X, decimal Y)> PixelAsync(BrowserPage page, double x, double y)
    {
        var expression = string.Create(CultureInfo.InvariantCulture,
            $"(() => {{ const svg = document.querySelector('#board svg'); const p = new DOMPoint({x}, {68 - y}).matrixTransform(svg.getScreenCTM()); return [p.x, p.y]; }})()");
        var xy = await page.EvaluateAsync<decimal[]>(expression);
        return (xy[0], xy[1]);
    }

    private static Task<string> TextAsync(BrowserPage page, string selector) =>
        page.EvaluateAsync<string>($"document.querySelector(\"{selector}\").textContent");

    private static void Near(Vec2 expected, Vec2 actual) =>
        Assert.True(expected.DistanceTo(actual) <= 0.25, $"expected about {expected}, got {actual}");

    /// <summary>The text of the one download in the (otherwise empty) folder, once Chromium has finished writing it.</summary>
    private static async Task<string> DownloadedAsync(DirectoryInfo folder)
    {
        for (var i = 0; i < 300; i++)
        {
            var files = folder.GetFiles();
            if (files is [{ Extension: ".yaml", Length: > 0 } file])
            {
                return await File.ReadAllTextAsync(file.FullName);
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"no download in {folder.FullName} after 30 s: {string.Join(", ", folder.GetFiles().Select(f => f.Name))}");
    }
}
