using System.Diagnostics;

namespace Tempo.Soccer.Tests;

/// <summary>Loads the HTML animation in headless Chromium (Debian package <c>chromium</c>): no console errors, pitch and players drawn.</summary>
[Trait("Category", "Browser")]
public sealed class HtmlBrowserTests : IDisposable
{
    private readonly string directory = Path.Combine(Path.GetTempPath(), "tempo-soccer-html-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        try
        {
            Directory.Delete(directory, recursive: true);
        }
        catch (IOException)
        {
            // Chromium may still hold its profile for a moment; the temp folder is harmless.
        }
    }

    [Fact]
    public void Html_LoadsWithoutErrors_AndDrawsPlayersAtTheRequestedTime()
    {
        var html = WritePlay();
        var (dom, log) = RunChromium(["--virtual-time-budget=2000", "--dump-dom", new Uri(html).AbsoluteUri + "#t=6.0"]);
        Assert.Contains("data-ready=\"1\"", dom, StringComparison.Ordinal);
        Assert.Contains("data-time=\"6.00\"", dom, StringComparison.Ordinal);
        Assert.Equal(11, CountOf(dom, "class=\"player attack\""));
        Assert.Equal(11, CountOf(dom, "class=\"player defence\""));
        Assert.Contains("class=\"span\"", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("Uncaught", log, StringComparison.Ordinal);
        Assert.DoesNotContain(":CONSOLE(", log, StringComparison.Ordinal);
        Assert.Contains("6.00 s", dom, StringComparison.Ordinal);
    }

    [Fact]
    public void Html_Screenshot_ShowsGrassAndBothTeams()
    {
        var html = WritePlay();
        var png = Path.Combine(directory, "shot.png");
        var (_, log) = RunChromium(["--window-size=960,1000", "--virtual-time-budget=2000", $"--screenshot={png}", new Uri(html).AbsoluteUri + "#t=3.0"]);
        Assert.True(File.Exists(png), "Chromium wrote no screenshot: " + string.Join('\n', log.Split('\n').Where(l => !l.Contains("dbus", StringComparison.Ordinal))));
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

    private string WritePlay()
    {
        var written = PlayOutputWriter.WriteAll(BookPlay.Run(), directory);
        return written.Single(p => p.EndsWith("play.html", StringComparison.Ordinal));
    }

    private (string Stdout, string Stderr) RunChromium(string[] args)
    {
        var exe = FindChromium() ?? throw new InvalidOperationException(
            "Chromium is not installed: the HTML animation test needs the Debian package 'chromium' (apt-get install -y chromium)");
        var info = new ProcessStartInfo(exe)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
        {
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
            "--disable-component-update", "--disable-sync", "--enable-logging=stderr", "--v=0",
            $"--user-data-dir={Path.Combine(directory, "profile-" + Guid.NewGuid().ToString("N"))}",
        })
        {
            info.ArgumentList.Add(a);
        }
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }
        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromSeconds(90)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("Chromium did not finish within 90 s");
        }
        return (stdout.Result, stderr.Result);
    }

    private static string? FindChromium()
    {
        foreach (var dir in (Environment.GetEnvironmentVariable("PATH") ?? "").Split(Path.PathSeparator))
        {
            foreach (var name in new[] { "chromium", "chromium-browser" })
            {
                var candidate = Path.Combine(dir, name);
                if (File.Exists(candidate))
                {
                    return candidate;
                }
            }
        }
        return null;
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
