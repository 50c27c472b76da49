using Tempo.Testing.Browser;

namespace Tempo.Soccer.Tests;

/// <summary>
/// Loads the HTML animation in headless Chromium (Debian package <c>chromium</c>) over the DevTools protocol: the
/// browser's own console, error and network events must be clean, and the pitch and players drawn.
/// </summary>
[Trait("Category", "Browser")]
public sealed class HtmlBrowserTests : IDisposable
{
    private readonly string directory = Directory.CreateTempSubdirectory("tempo-soccer-html-").FullName;

    public void Dispose() => Directory.Delete(directory, recursive: true);

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public async Task Html_LoadsWithoutErrors_AndDrawsPlayersAtTheRequestedTime(bool sequential)
    {
        await using var browser = await HeadlessChromium.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(new Uri(WritePlay(sequential)).AbsoluteUri + "#t=6.0"));
        await page.WaitUntilAsync("document.body.getAttribute('data-ready') === '1'");
        var dom = await page.Page.GetContentAsync();
        Assert.Contains("data-time=\"6.00\"", dom, StringComparison.Ordinal);
        Assert.Equal(11, CountOf(dom, "class=\"player attack\""));
        Assert.Equal(11, CountOf(dom, "class=\"player defence\""));
        Assert.Contains("class=\"span\"", dom, StringComparison.Ordinal);
        Assert.Contains("6.00 s", dom, StringComparison.Ordinal);
        page.AssertNoProblems();
    }

    [Fact]
    public async Task Html_Screenshot_ShowsGrassAndBothTeams()
    {
        await using var browser = await HeadlessChromium.LaunchAsync();
        var page = await browser.OpenAsync(new Uri(new Uri(WritePlay()).AbsoluteUri + "#t=3.0"), width: 960, height: 1000);
        await page.WaitUntilAsync("document.body.getAttribute('data-ready') === '1'");
        var png = Path.Combine(directory, "shot.png");
        await File.WriteAllBytesAsync(png, await page.ScreenshotAsync());
        page.AssertNoProblems();
        var image = PngImage.Load(png);
        int grass = 0, red = 0, blue = 0;
        for (var y = 0; y < Math.Min(image.Height, 660); y++)
        {
            for (var x = 0; x < image.Width; x++)
            {
                var (r, g, b) = image[x, y];
                if (Near(r, g, b, 0x2e, 0x7d, 0x32) || Near(r, g, b, 0x38, 0x8e, 0x3c))
                {
                    grass++;
                }
                else if (Near(r, g, b, 0xd6, 0x28, 0x28))
                {
                    red++;
                }
                else if (Near(r, g, b, 0x1d, 0x4e, 0xd8))
                {
                    blue++;
                }
            }
        }
        Assert.True(grass > 200_000, $"only {grass} grass pixels");
        // 10 red outfield players and 10 blue ones, discs of 10 px radius (about 250 px of team colour each beside the number).
        Assert.True(red > 1_000, $"only {red} red (attack) pixels");
        Assert.True(blue > 1_000, $"only {blue} blue (defence) pixels");
    }

    private string WritePlay(bool sequential = false)
    {
        var written = PlayOutputWriter.WriteAll(BookPlay.Run(new RunOptions { Sequential = sequential }), directory);
        return written.Single(p => p.EndsWith("play.html", StringComparison.Ordinal));
    }

    private static bool Near(byte r, byte g, byte b, int er, int eg, int eb) =>
        Math.Abs(r - er) <= 12 && Math.Abs(g - eg) <= 12 && Math.Abs(b - eb) <= 12;

    private static int CountOf(string text, string what)
    {
        var count = 0;
        for (var i = text.IndexOf(what, StringComparison.Ordinal); i >= 0; i = text.IndexOf(what, i + what.Length, StringComparison.Ordinal))
        {
            count++;
        }
        return count;
    }
}
