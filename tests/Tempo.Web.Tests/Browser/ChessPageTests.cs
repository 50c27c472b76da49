using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
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
        // The box is checked as it is typed: wait for the answer about the whole FEN, not about "8/8/8" half-typed.
        await WaitAsync(page, "document.querySelector('#fen-message').classList.contains('error') && document.querySelector('#fen-message').textContent.startsWith(\"invalid FEN '8/8/8 w - -'\")");
        Assert.Equal(CliOutput.Refusal("chess", "diagram", "8/8/8 w - -"), await page.EvaluateAsync<string>("document.querySelector('#fen-message').textContent"));
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#prove').disabled"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task SideToMove_Castling_AndATypedFen_TheBoardAndTheBoxFollowEachOther()
    {
        var page = await _app.OpenAsync("/chess.html");
        var p = page.Page;
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
        Assert.Equal("rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQkq - 0 1", await FenAsync(page));
        await ClickAsync(p, "#castle-q");
        await WaitAsync(page, "document.querySelector('#fen').value === 'rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR w KQk - 0 1'");
        await ClickAsync(p, "#black-to-move");
        await WaitAsync(page, "document.querySelector('#fen').value === 'rnbqkbnr/pppppppp/8/8/8/8/PPPPPPPP/RNBQKBNR b KQk - 0 1'");
        await WaitAsync(page, "document.querySelector('#fen-message').textContent === 'Black to move · 20 legal moves'");
        // The king's rook dragged away: White's O-O is no longer possible, its box is cleared and disabled.
        await DragAsync(p, "#board [data-square='h1']", "#board [data-square='h4']");
        await WaitAsync(page, "document.querySelector('#fen').value === 'rnbqkbnr/pppppppp/8/8/7R/8/PPPPPPPP/RNBQKBN1 b Qk - 0 1'");
        Assert.True(await page.EvaluateAsync<bool>("document.querySelector('#castle-K').disabled && !document.querySelector('#castle-K').checked"));

        // A FEN typed into the box is put on the board, with its side to move and castling rights.
        await TypeAsync(p, "#fen", Puzzle);
        await WaitAsync(page, "document.querySelector(\"[data-square='f6'] .piece\")?.dataset.piece === 'B' && document.querySelectorAll('#board .piece').length === 25");
        await WaitAsync(page, "document.querySelector('#fen-message').textContent.startsWith('White to move')");
        Assert.Equal("true", await page.EvaluateAsync<string>("document.querySelector('#white-to-move').getAttribute('aria-pressed')"));
        Assert.Equal(0, await page.EvaluateAsync<int>("[...document.querySelectorAll('.castling input')].filter(b => b.checked).length"));
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Exports_AreTheClisPgnAndJson_AndTheDiagram()
    {
        var folder = Directory.CreateTempSubdirectory("tempo-chess-exports-");
        try
        {
            var page = await _app.OpenAsync("/chess.html?fen=" + Uri.EscapeDataString(Puzzle));
            var p = page.Page;
            await WaitAsync(page, "document.querySelector('#fen-message').textContent.includes('legal moves')");
            await TypeAsync(p, "#max", "3");
            await ClickAsync(p, "#prove");
            await WaitAsync(page, "document.querySelectorAll('#steps tbody tr').length === 3");

            var pgn = await DownloadAsync(p, "#export-pgn", folder.FullName, "tempo-proof.pgn");
            var (exit, cliPgn, _) = CliOutput.Run("chess", "solve", Puzzle, "--max", "3", "--format", "pgn");
            Assert.Equal(0, exit);
            Assert.Equal(Untimed(cliPgn), Untimed(pgn));

            var json = JsonNode.Parse(await DownloadAsync(p, "#export-json", folder.FullName, "tempo-proof.json"))!.AsObject();
            var (_, cliJson, _) = CliOutput.Run("chess", "solve", Puzzle, "--max", "3", "--format", "json");
            var cli = JsonNode.Parse(cliJson)!.AsObject();
            // Everything but the timing and node counts (which vary run to run) is the CLI's object, field for field.
            Assert.Equal(cli.Select(f => f.Key).Order(), json.Select(f => f.Key).Order());
            foreach (var (name, value) in cli.Where(f => f.Key is not ("ms" or "nodes")))
            {
                Assert.True(JsonNode.DeepEquals(value, json[name]), $"{name}: the CLI says {value?.ToJsonString()}, the export {json[name]?.ToJsonString()}");
            }

            var svg = await DownloadAsync(p, "#export-svg", folder.FullName, "tempo-board.svg");
            var (_, cliSvg, _) = CliOutput.Run("chess", "diagram", Puzzle);
            Assert.StartsWith("<svg", svg.TrimStart());
            Assert.Equal(cliSvg.TrimEnd(), svg.TrimEnd());
            page.AssertNoProblems();
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>A PGN without its node count and time (which vary run to run) and with its lines joined (their breaks move with the time's width).</summary>
    private static string Untimed(string pgn) =>
        Regex.Replace(Regex.Replace(pgn, @"[0-9,]+ nodes; [0-9,]+ ms", "N nodes; T ms"), @"\s+", " ").Trim();

    private static Task<string> FenAsync(Testing.Browser.BrowserPage page) => page.EvaluateAsync<string>("document.querySelector('#fen').value");

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
