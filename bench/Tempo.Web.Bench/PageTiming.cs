using PuppeteerSharp;
using Tempo.Testing.Browser;

namespace Tempo.Web.Bench;

/// <summary>
/// Time to interactive of each page in headless Chromium: from the start of navigation to the first animation frame
/// at which the page shows its first answer from the API (the page's own "ready" condition), in a fresh tab each visit.
/// </summary>
internal static class PageTiming
{
    /// <summary>The pages and what "interactive" means on each.</summary>
    public static readonly (string Path, string Ready)[] Pages =
    [
        ("/", "document.body.dataset.ready === 'true'"),
        ("/chess.html", "document.querySelector('#fen-message').textContent.includes('legal moves')"),
        ("/batch.html", "document.body.dataset.ready === 'true'"),
        ("/soccer.html", "document.body.dataset.ready === 'true' && document.querySelectorAll('#pitch .player').length === 22"),
    ];

    /// <summary>Per page: the median time to interactive and to the load event over <paramref name="visits"/> visits (after one warm-up visit).</summary>
    public static async Task<List<(string Path, double Interactive, double Load)>> MeasureAsync(Uri server, int visits, CancellationToken cancellationToken)
    {
        await using var browser = await HeadlessChromium.LaunchAsync(cancellationToken);
        var rows = new List<(string, double, double)>();
        foreach (var (path, ready) in Pages)
        {
            var interactive = new List<double>();
            var load = new List<double>();
            for (var visit = 0; visit <= visits; visit++)
            {
                // The watch is installed before the page's first byte, so a page ready before its load event is timed as such.
                var page = await browser.OpenAsync(new Uri("about:blank"), cancellationToken, width: 1400, height: 1000);
                await page.Page.EvaluateExpressionOnNewDocumentAsync(
                    $"(() => {{ window.__interactive = null; const frame = () => {{ try {{ if ({ready}) {{ window.__interactive = performance.now(); return; }} }} catch {{ }} requestAnimationFrame(frame); }}; requestAnimationFrame(frame); }})();");
                await page.Page.GoToAsync(new Uri(server, path).AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] }).WaitAsync(cancellationToken);
                await page.Page.WaitForExpressionAsync("window.__interactive !== null", new WaitForFunctionOptions { Timeout = 60_000 }).WaitAsync(cancellationToken);
                var at = await page.EvaluateAsync<double>("window.__interactive", cancellationToken);
                var loaded = await page.EvaluateAsync<double>("performance.getEntriesByType('navigation')[0].loadEventEnd", cancellationToken);
                page.AssertNoProblems();
                await page.Page.CloseAsync();
                if (visit > 0)
                {
                    interactive.Add(at);
                    load.Add(loaded);
                }
            }
            rows.Add((path, Median(interactive), Median(load)));
        }
        return rows;
    }

    private static double Median(List<double> values)
    {
        values.Sort();
        return values[values.Count / 2];
    }
}
