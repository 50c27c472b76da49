namespace Tempo.Testing.Browser.Tests;

/// <summary>One browser for the tests of a class (each test opens its own tab).</summary>
public sealed class ChromiumFixture : IAsyncLifetime
{
    private HeadlessChromium? browser;

    /// <summary>The running browser.</summary>
    public HeadlessChromium Browser => browser ?? throw new InvalidOperationException("the browser is not started");

    /// <inheritdoc/>
    public async Task InitializeAsync() => browser = await HeadlessChromium.LaunchAsync();

    /// <inheritdoc/>
    public async Task DisposeAsync()
    {
        if (browser is not null)
        {
            await browser.DisposeAsync();
        }
    }
}
