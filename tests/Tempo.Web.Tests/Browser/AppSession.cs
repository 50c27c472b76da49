using PuppeteerSharp;
using PuppeteerSharp.Input;
using Tempo.Testing.Browser;
using Tempo.Web.Tests.Support;

namespace Tempo.Web.Tests.Browser;

/// <summary>A running server and headless Chromium, with the gestures a user makes: drag, click, type.</summary>
public sealed class AppSession : IAsyncDisposable
{
    private AppSession(RunningServer server, HeadlessChromium browser)
    {
        Server = server;
        Browser = browser;
    }

    public RunningServer Server { get; }

    public HeadlessChromium Browser { get; }

    public static async Task<AppSession> StartAsync(ServerOptions? options = null) =>
        new(await RunningServer.StartAsync(options), await HeadlessChromium.LaunchAsync());

    public Task<BrowserPage> OpenAsync(string path) => Browser.OpenAsync(new Uri(Server.Server.Address, path), width: 1400, height: 1000);

    /// <summary>Presses the mouse on the centre of <paramref name="from"/>, moves in steps to <paramref name="to"/>'s centre (or a point), and releases.</summary>
    public static async Task DragAsync(IPage page, string from, string? to, (decimal X, decimal Y)? point = null)
    {
        var (x1, y1) = await CentreAsync(page, from);
        var (x2, y2) = to is null ? point!.Value : await CentreAsync(page, to);
        await page.Mouse.MoveAsync(x1, y1);
        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(x2, y2, new MoveOptions { Steps = 6 });
        await page.Mouse.UpAsync();
    }

    /// <summary>Scrolls the element into view first, as a user would: a click below the fold would land on nothing.</summary>
    public static async Task ClickAsync(IPage page, string selector)
    {
        await page.EvaluateFunctionAsync("(s) => document.querySelector(s)?.scrollIntoView({ block: 'nearest' })", selector);
        var (x, y) = await CentreAsync(page, selector);
        await page.Mouse.ClickAsync(x, y);
    }

    public static async Task TypeAsync(IPage page, string selector, string text)
    {
        await page.EvaluateFunctionAsync("(s) => { const e = document.querySelector(s); e.value = ''; e.focus(); }", selector);
        await page.Keyboard.TypeAsync(text);
    }

    public static async Task<(decimal X, decimal Y)> CentreAsync(IPage page, string selector)
    {
        var element = await page.QuerySelectorAsync(selector) ?? throw new InvalidOperationException($"no element {selector}");
        var box = await element.BoundingBoxAsync() ?? throw new InvalidOperationException($"{selector} is not visible");
        return (box.X + box.Width / 2, box.Y + box.Height / 2);
    }

    /// <summary>Waits for a condition; a timeout names what the browser reported meanwhile (an exception, a failed request).</summary>
    public static async Task WaitAsync(BrowserPage page, string expression)
    {
        try
        {
            await page.WaitUntilAsync(expression);
        }
        catch (WaitTaskTimeoutException e)
        {
            throw new InvalidOperationException($"waited 30 s for {expression}; the browser reported: {string.Join("; ", page.Problems)}", e);
        }
    }

    /// <summary>Clicks <paramref name="button"/> and returns the text of the file it downloads as <paramref name="name"/> into <paramref name="folder"/>.</summary>
    public static async Task<string> DownloadAsync(IPage page, string button, string folder, string name)
    {
        await page.Client.SendAsync("Page.setDownloadBehavior", new Dictionary<string, object> { ["behavior"] = "allow", ["downloadPath"] = folder });
        var path = Path.Combine(folder, name);
        File.Delete(path);
        await ClickAsync(page, button);
        for (var i = 0; i < 300; i++)
        {
            if (new FileInfo(path) is { Exists: true, Length: > 0 })
            {
                return await File.ReadAllTextAsync(path);
            }
            await Task.Delay(100);
        }
        throw new InvalidOperationException($"{button} downloaded no {name} into {folder} in 30 s");
    }

    /// <summary>Writes a screenshot for the README to docs/app/NAME.png in the repository.</summary>
    public static async Task SaveScreenshotAsync(BrowserPage page, string name)
    {
        var directory = Path.Combine(RepositoryRoot(), "docs", "app");
        Directory.CreateDirectory(directory);
        // The top of the page, whatever a click scrolled into view before.
        await page.EvaluateAsync<bool>("(window.scrollTo(0, 0), true)");
        await File.WriteAllBytesAsync(Path.Combine(directory, name + ".png"), await page.ScreenshotAsync());
    }

    private static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Tempo.slnx")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("Tempo.slnx not found above the test's directory");
    }

    public async ValueTask DisposeAsync()
    {
        await Browser.DisposeAsync();
        await Server.DisposeAsync();
    }
}
