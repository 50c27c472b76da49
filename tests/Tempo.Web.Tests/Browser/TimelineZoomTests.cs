using System.Globalization;
using System.Text.Json;
using PuppeteerSharp.Input;
using Tempo.Testing.Browser;
using Tempo.Web.Tests.Support;
using static Tempo.Web.Tests.Browser.AppSession;

namespace Tempo.Web.Tests.Browser;

/// <summary>
/// The landing page's timeline zoomed and panned as a user does it (the wheel over a point, a drag, the + / − and
/// "Whole run" buttons, a double-click). After each gesture the time window read off the axis the user sees must be the
/// one the gesture asked for, and every bar must be where that axis puts its start and end, on its line's row, with
/// exactly the spans that overlap the window drawn.
/// </summary>
[Trait("Category", "Browser")]
[Collection(nameof(TimingCollection))]
public sealed class TimelineZoomTests : IAsyncLifetime
{
    private const int Concurrent = 2; // the third timeline: the concurrent play, in seconds
    private AppSession _app = null!;

    public async Task InitializeAsync() => _app = await StartAsync();

    public async Task DisposeAsync() => await _app.DisposeAsync();

    [Fact]
    public async Task WheelDragButtonsAndDoubleClick_MoveTheWindow_AndTheBarsFollowTheAxis()
    {
        var page = await _app.OpenAsync("/");
        var p = page.Page;
        await WaitAsync(page, "document.body.dataset.ready === 'true'");
        await p.EvaluateExpressionAsync($"[...document.querySelectorAll('#timelines .timeline')][{Concurrent}].scrollIntoView({{ block: 'center' }})");
        var whole = await ReadAsync(page);
        var all = whole.Spans.Select(s => (s.Line, s.Start, s.End)).ToHashSet();
        Assert.True(all.Count > 40, $"{all.Count} bars in the whole run");
        AssertDrawnAlongTheAxis(whole, all);
        Assert.StartsWith("whole run: 0.00 s – ", whole.Window);

        // Three notches of the wheel (in) over the point 60 % across: the window shrinks to 0.8³ of itself around that point.
        var (x, y) = (whole.Box.X + whole.Box.Width * 0.6, whole.Box.Y + 40);
        var pointed = whole.TimeAtClientX(x);
        await p.Mouse.MoveAsync((decimal)x, (decimal)y);
        for (var i = 0; i < 3; i++)
        {
            await p.Mouse.WheelAsync(0, -100);
        }
        var zoomed = await WaitForChangeAsync(page, whole);
        Near(0.512, zoomed.Length / whole.Length, 0.002);
        Near(pointed, zoomed.TimeAtClientX(x), whole.Length / 500);
        Assert.StartsWith("showing ", zoomed.Window);
        AssertDrawnAlongTheAxis(zoomed, all);
        Assert.True(zoomed.Spans.Count < whole.Spans.Count, "zooming in drew no fewer bars");

        // A drag 150 px to the left brings later times into view, by 150 px' worth of time; the window keeps its length.
        await p.Mouse.DownAsync();
        await p.Mouse.MoveAsync((decimal)(x - 150), (decimal)y, new MoveOptions { Steps = 8 });
        await p.Mouse.UpAsync();
        var panned = await WaitForChangeAsync(page, zoomed);
        Near(zoomed.Length, panned.Length, whole.Length / 10_000);
        Near(zoomed.TimeAtClientX(x) - zoomed.TimeAtClientX(x - 150), panned.From - zoomed.From, whole.Length / 500);
        AssertDrawnAlongTheAxis(panned, all);

        // "+" halves the window around its middle; "−" twice gives the whole run back (no further out than that).
        await ClickAsync(p, $"#timelines .timeline:nth-of-type({Concurrent + 1}) [data-zoom='in']");
        var inned = await WaitForChangeAsync(page, panned);
        Near(panned.Length / 2, inned.Length, whole.Length / 10_000);
        Near((panned.From + panned.To) / 2, (inned.From + inned.To) / 2, whole.Length / 10_000);
        AssertDrawnAlongTheAxis(inned, all);
        await ClickAsync(p, $"#timelines .timeline:nth-of-type({Concurrent + 1}) [data-zoom='out']");
        await ClickAsync(p, $"#timelines .timeline:nth-of-type({Concurrent + 1}) [data-zoom='out']");
        var outed = await WaitForChangeAsync(page, inned);
        Near(whole.From, outed.From, whole.Length / 10_000);
        Near(whole.To, outed.To, whole.Length / 10_000);
        Assert.Equal(whole.Window, outed.Window);

        // Zoomed in again, a double-click (or "Whole run") resets.
        await ClickAsync(p, $"#timelines .timeline:nth-of-type({Concurrent + 1}) [data-zoom='in']");
        var again = await WaitForChangeAsync(page, outed);
        await p.Mouse.ClickAsync((decimal)(again.Box.X + again.Box.Width * 0.6), (decimal)(again.Box.Y + 40), new ClickOptions { Count = 2 });
        var reset = await WaitForChangeAsync(page, again);
        Near(whole.From, reset.From, whole.Length / 10_000);
        Near(whole.To, reset.To, whole.Length / 10_000);
        AssertDrawnAlongTheAxis(reset, all);
        await ClickAsync(p, $"#timelines .timeline:nth-of-type({Concurrent + 1}) [data-zoom='in']");
        var zoomedAgain = await WaitForChangeAsync(page, reset);
        await ClickAsync(p, $"#timelines .timeline:nth-of-type({Concurrent + 1}) [data-zoom='reset']");
        Assert.Equal(whole.Window, (await WaitForChangeAsync(page, zoomedAgain)).Window);
        page.AssertNoProblems();
    }

    /// <summary>Every bar starts and ends where the axis's ticks put its times, sits on its line's row, and the bars drawn are exactly those overlapping the window.</summary>
    private static void AssertDrawnAlongTheAxis(TimelineState state, HashSet<(int Line, double Start, double End)> all)
    {
        foreach (var span in state.Spans)
        {
            Near(state.X(span.Start), span.X, 0.1);
            Near(Math.Max(1.5, state.X(span.End) - state.X(span.Start)), span.Width, 0.1);
            Near(state.NameY[span.Line], span.Y + 12, 0.1);
        }
        var expected = all.Where(s => s.End >= state.From && s.Start <= state.To).ToHashSet();
        var drawn = state.Spans.Select(s => (s.Line, s.Start, s.End)).ToHashSet();
        Assert.True(expected.SetEquals(drawn), $"window {state.From:0.###}–{state.To:0.###} s: {expected.Except(drawn).Count()} bars missing, {drawn.Except(expected).Count()} drawn outside it");
    }

    private static void Near(double expected, double actual, double tolerance) =>
        Assert.True(Math.Abs(expected - actual) <= tolerance, string.Create(CultureInfo.InvariantCulture, $"expected {expected} ± {tolerance}, got {actual}"));

    private static async Task<TimelineState> WaitForChangeAsync(BrowserPage page, TimelineState before)
    {
        for (var i = 0; i < 100; i++)
        {
            var now = await ReadAsync(page);
            if (now.Window != before.Window)
            {
                return now;
            }
            await Task.Delay(50);
        }
        throw new InvalidOperationException($"the timeline still shows '{before.Window}'; the browser reported: {string.Join("; ", page.Problems)}");
    }

    /// <summary>What the user sees of one timeline: the axis's ticks, the bars (with the span each stands for), the rows' names, the toolbar's window.</summary>
    private static async Task<TimelineState> ReadAsync(BrowserPage page)
    {
        var json = await page.EvaluateAsync<string>($$"""
            (() => {
              const root = [...document.querySelectorAll('#timelines .timeline')][{{Concurrent}}];
              const svg = root.querySelector('svg');
              const box = svg.getBoundingClientRect();
              return JSON.stringify({
                ticks: [...svg.querySelectorAll('text.tick')].map(t => [parseFloat(t.textContent), +t.getAttribute('x')]),
                plotLeft: +svg.querySelector('clipPath rect').getAttribute('x'),
                width: svg.viewBox.baseVal.width,
                box: { x: box.x, y: box.y, width: box.width },
                nameY: [...svg.querySelectorAll('text.line-name')].map(t => +t.getAttribute('y')),
                window: root.querySelector('.timeline-window').textContent,
                spans: [...svg.querySelectorAll('rect.span')].map(r => ({ line: +r.dataset.line, start: r.__span.start, end: r.__span.end,
                  x: +r.getAttribute('x'), y: +r.getAttribute('y'), width: +r.getAttribute('width') })),
              });
            })()
            """);
        return JsonSerializer.Deserialize<TimelineState>(json, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
    }

    private sealed record Box(double X, double Y, double Width);

    private sealed record Bar(int Line, double Start, double End, double X, double Y, double Width);

    private sealed record TimelineState(double[][] Ticks, double PlotLeft, double Width, Box Box, double[] NameY, string Window, List<Bar> Spans)
    {
        private double PerSecond => (Ticks[^1][1] - Ticks[0][1]) / (Ticks[^1][0] - Ticks[0][0]);

        /// <summary>Where the axis puts time t, in the drawing's units.</summary>
        public double X(double t) => Ticks[0][1] + (t - Ticks[0][0]) * PerSecond;

        private double TimeAt(double x) => Ticks[0][0] + (x - Ticks[0][1]) / PerSecond;

        /// <summary>The time under a point on the screen.</summary>
        public double TimeAtClientX(double clientX) => TimeAt((clientX - Box.X) / Box.Width * Width);

        /// <summary>The window's first and last time: the plot's left edge, and its right edge (12 units short of the drawing's).</summary>
        public double From => TimeAt(PlotLeft);

        public double To => TimeAt(Width - 12);

        public double Length => To - From;

        public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"{From:0.###}–{To:0.###} ({Window})");
    }
}
