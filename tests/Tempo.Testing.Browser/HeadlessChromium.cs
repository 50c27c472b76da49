using PuppeteerSharp;

namespace Tempo.Testing.Browser;

/// <summary>
/// Debian's Chromium (<c>/usr/bin/chromium</c>) driven headless over the DevTools protocol, with a fresh profile.
/// It never downloads a browser. Usage:
/// <code>
/// await using var browser = await HeadlessChromium.LaunchAsync(cancellationToken);
/// var page = await browser.OpenAsync(new Uri(path), cancellationToken);
/// // ... read page.Page, take page.ScreenshotAsync(...)
/// page.AssertNoProblems();
/// </code>
/// </summary>
public sealed class HeadlessChromium : IAsyncDisposable
{
    /// <summary>Where Debian's <c>chromium</c> package puts the browser.</summary>
    public const string ExecutablePath = "/usr/bin/chromium";

    private static readonly string[] Switches =
    [
        "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync",
    ];

    private readonly IBrowser browser;
    private readonly string profile;

    private HeadlessChromium(IBrowser browser, string profile)
    {
        this.browser = browser;
        this.profile = profile;
    }

    /// <summary>Starts headless Chromium with a fresh temporary user-data directory.</summary>
    /// <exception cref="InvalidOperationException">Chromium is not installed; the message says how to install it.</exception>
    public static async Task<HeadlessChromium> LaunchAsync(CancellationToken cancellationToken = default)
    {
        if (!File.Exists(ExecutablePath))
        {
            throw new InvalidOperationException(
                $"{ExecutablePath} not found: the browser tests need Debian's chromium (run ./test.sh, or apt-get install -y chromium)");
        }
        var profile = Path.Combine(Path.GetTempPath(), "tempo-chromium-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(profile);
        var options = new LaunchOptions
        {
            ExecutablePath = ExecutablePath,
            Browser = SupportedBrowser.Chromium,
            HeadlessMode = HeadlessMode.True,
            UserDataDir = profile,
            Args = Switches,
            Timeout = 60_000,
        };
        try
        {
            var browser = await Puppeteer.LaunchAsync(options).WaitAsync(cancellationToken).ConfigureAwait(false);
            return new HeadlessChromium(browser, profile);
        }
        catch
        {
            DeleteProfile(profile);
            throw;
        }
    }

    /// <summary>
    /// Opens <paramref name="url"/> in a new tab of <paramref name="width"/> x <paramref name="height"/> CSS pixels and
    /// waits for its load event. Problems are recorded from before the first request.
    /// </summary>
    public async Task<BrowserPage> OpenAsync(Uri url, CancellationToken cancellationToken = default, int width = 960, int height = 1000)
    {
        ArgumentNullException.ThrowIfNull(url);
        var page = await browser.NewPageAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        await page.SetViewportAsync(new ViewPortOptions { Width = width, Height = height }).WaitAsync(cancellationToken).ConfigureAwait(false);
        var wrapper = new BrowserPage(page);
        await page.GoToAsync(url.AbsoluteUri, new NavigationOptions { WaitUntil = [WaitUntilNavigation.Load] })
            .WaitAsync(cancellationToken).ConfigureAwait(false);
        return wrapper;
    }

    /// <summary>Closes the browser and deletes its profile.</summary>
    public async ValueTask DisposeAsync()
    {
        await browser.CloseAsync().ConfigureAwait(false);
        await browser.DisposeAsync().ConfigureAwait(false);
        DeleteProfile(profile);
    }

    private static void DeleteProfile(string profile)
    {
        try
        {
            Directory.Delete(profile, recursive: true);
        }
        catch (IOException)
        {
            // A child process may still hold a file for a moment; a leftover temp folder is harmless.
        }
        catch (UnauthorizedAccessException)
        {
            // Same as above.
        }
    }
}
