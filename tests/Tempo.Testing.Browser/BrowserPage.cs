using PuppeteerSharp;

namespace Tempo.Testing.Browser;

/// <summary>
/// A tab of <see cref="HeadlessChromium"/> that records the browser's own event stream: console errors and warnings,
/// uncaught exceptions, failed requests and HTTP responses of status 400 or more.
/// </summary>
public sealed class BrowserPage
{
    private readonly Lock gate = new();
    private readonly List<BrowserProblem> problems = [];

    internal BrowserPage(IPage page)
    {
        Page = page;
        page.Console += (_, e) =>
        {
            if (e.Message.Type is ConsoleType.Error or ConsoleType.Warning or ConsoleType.Assert)
            {
                var location = e.Message.Location;
                var where = location?.URL is { Length: > 0 } url ? $" ({url}{(location.LineNumber is { } line ? ":" + line : "")})" : "";
                Record("console." + e.Message.Type.ToString().ToLowerInvariant(), e.Message.Text + where);
            }
        };
        page.PageError += (_, e) => Record("page error", e.Message);
        page.RequestFailed += (_, e) => Record("request failed", $"{e.Request.Url} ({e.Request.FailureText})");
        page.Response += (_, e) =>
        {
            if ((int)e.Response.Status >= 400)
            {
                Record($"HTTP {(int)e.Response.Status}", e.Response.Url);
            }
        };
    }

    /// <summary>The PuppeteerSharp page, for reading the DOM or evaluating script.</summary>
    public IPage Page { get; }

    /// <summary>The problems recorded so far, in order.</summary>
    public IReadOnlyList<BrowserProblem> Problems
    {
        get
        {
            lock (gate)
            {
                return [.. problems];
            }
        }
    }

    /// <summary>Throws <see cref="BrowserProblemsException"/> naming every problem recorded so far, if there is any.</summary>
    public void AssertNoProblems()
    {
        var seen = Problems;
        if (seen.Count > 0)
        {
            throw new BrowserProblemsException(Page.Url, seen);
        }
    }

    /// <summary>Evaluates a JavaScript expression in the page and returns its value.</summary>
    public Task<T> EvaluateAsync<T>(string expression, CancellationToken cancellationToken = default) =>
        Page.EvaluateExpressionAsync<T>(expression).WaitAsync(cancellationToken);

    /// <summary>Waits until the JavaScript expression is truthy (for a page that draws after its load event).</summary>
    public Task WaitUntilAsync(string expression, CancellationToken cancellationToken = default) =>
        Page.WaitForExpressionAsync(expression, new WaitForFunctionOptions { Timeout = 30_000 }).WaitAsync(cancellationToken);

    /// <summary>Takes a PNG screenshot of the viewport and returns its bytes.</summary>
    public Task<byte[]> ScreenshotAsync(CancellationToken cancellationToken = default) =>
        Page.ScreenshotDataAsync(new ScreenshotOptions { Type = ScreenshotType.Png }).WaitAsync(cancellationToken);

    private void Record(string kind, string text)
    {
        lock (gate)
        {
            problems.Add(new BrowserProblem(kind, text));
        }
    }
}
