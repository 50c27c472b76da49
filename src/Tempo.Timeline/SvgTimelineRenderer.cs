using System.Globalization;
using System.Xml.Linq;

namespace Tempo.Timeline;

/// <summary>
/// Draws traces as an SVG timeline: one row per line of control, grouped per trace, spans coloured by state,
/// events as dots and cause-to-effect links as arrows. Every span, event and link has a tooltip.
/// </summary>
public static class SvgTimelineRenderer
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    /// <summary>The fill colour used for each <see cref="SpanState"/>, indexed by the state's value.</summary>
    private static readonly string[] Colors = ["#43a047", "#ffb300", "#9e9e9e", "#e53935", "#8e24aa"];

    /// <summary>Renders <paramref name="traces"/> as one SVG document.</summary>
    public static string Render(IReadOnlyList<Trace> traces, SvgTimelineOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(traces);
        options ??= new SvgTimelineOptions();
        var end = traces.Count == 0 ? TimeSpan.Zero : traces.Max(t => t.Duration);
        if (end <= TimeSpan.Zero)
        {
            end = TimeSpan.FromSeconds(1);
        }
        double row = Math.Max(8, options.RowHeight);
        double left = Math.Max(0, options.NameWidth);
        double plot = Math.Max(100, options.Width - left - 20);
        var scaleEnd = end;
        double X(TimeSpan t) => left + (t.Ticks / (double)scaleEnd.Ticks * plot);

        var top = options.Title is null ? 10.0 : 36.0;
        var body = new List<XElement>();
        if (options.Title is not null)
        {
            body.Add(Text(left, 22, options.Title, "title"));
        }
        void Axis(double axisY)
        {
            var tick = NiceTick(scaleEnd);
            for (var t = TimeSpan.Zero; t <= scaleEnd; t += tick)
            {
                body.Add(new XElement(Svg + "line", Attr("x1", X(t)), Attr("y1", axisY), Attr("x2", X(t)), Attr("y2", axisY + 4), new XAttribute("class", "axis")));
                body.Add(Text(X(t), axisY - 2, options.FormatTime(t), "tick"));
            }
        }
        var y = top + 14;
        if (!options.ScalePerTrace)
        {
            Axis(y);
        }
        y += 10;
        var gridTop = y;

        var links = new List<XElement>();
        foreach (var trace in traces)
        {
            body.Add(Text(4, y + (row * 0.7), trace.Name, "group"));
            if (options.ScalePerTrace)
            {
                // Runs measured on different clocks (a solver's milliseconds, a play's virtual seconds) each get their own axis.
                scaleEnd = trace.Duration > TimeSpan.Zero ? trace.Duration : TimeSpan.FromSeconds(1);
                Axis(y + (row * 0.7));
            }
            y += row;
            var rowOf = new double[trace.Lines.Count];
            var traceEnd = trace.Duration;
            foreach (var line in trace.Lines)
            {
                rowOf[line.Id] = y;
                body.Add(new XElement(Svg + "rect", Attr("x", 0), Attr("y", y), Attr("width", left + plot), Attr("height", row), new XAttribute("class", line.Id % 2 == 0 ? "even" : "odd")));
                body.Add(Text(12, y + (row * 0.7), line.Name, "name"));
                foreach (var span in line.ClosedSpans(traceEnd))
                {
                    body.Add(SpanElement(span, X(span.Start), X(span.End), y, row, options.ShowLabels));
                }
                y += row;
            }
            foreach (var e in trace.Events)
            {
                var tip = e.Data is null || e.Data.Count == 0 ? e.Name : e.Name + " (" + string.Join(", ", e.Data.Select(kv => $"{kv.Key}={kv.Value}")) + ")";
                body.Add(new XElement(Svg + "circle", Attr("cx", X(e.Time)), Attr("cy", rowOf[e.LineId] + (row / 2)), Attr("r", Math.Max(2.5, row / 6)), new XAttribute("class", "event"),
                    new XElement(Svg + "title", $"{trace.Lines[e.LineId].Name} at {options.FormatTime(e.Time)}: {tip}")));
            }
            foreach (var link in trace.Links)
            {
                links.Add(new XElement(Svg + "line",
                    Attr("x1", X(link.FromTime)), Attr("y1", rowOf[link.FromLineId] + (row / 2)),
                    Attr("x2", X(link.ToTime)), Attr("y2", rowOf[link.ToLineId] + (row / 2)),
                    new XAttribute("class", "link"), new XAttribute("marker-end", "url(#arrow)"),
                    new XElement(Svg + "title", $"{trace.Lines[link.FromLineId].Name} → {trace.Lines[link.ToLineId].Name}: {link.Label}")));
            }
            y += row / 2;
        }
        body.AddRange(links);

        var legendX = left;
        foreach (var state in Enum.GetValues<SpanState>())
        {
            body.Add(new XElement(Svg + "rect", Attr("x", legendX), Attr("y", y + 4), Attr("width", 12), Attr("height", 12), new XAttribute("fill", Colors[(int)state])));
            body.Add(Text(legendX + 16, y + 14, state.ToString().ToLowerInvariant(), "legend"));
            legendX += 90;
        }
        y += 24;

        var svg = new XElement(Svg + "svg",
            new XAttribute("width", Num(left + plot + 20)), new XAttribute("height", Num(y)),
            new XAttribute("viewBox", $"0 0 {Num(left + plot + 20)} {Num(y)}"),
            new XElement(Svg + "style",
                "text{font-family:sans-serif;font-size:11px;fill:#222}.title{font-size:15px;font-weight:bold}.group{font-weight:bold}" +
                ".tick{text-anchor:middle;font-size:9px;fill:#555}.axis{stroke:#555}.even{fill:#fafafa}.odd{fill:#f0f0f0}" +
                ".span{stroke:#fff;stroke-width:0.5}.label{font-size:9px;fill:#000;pointer-events:none}" +
                ".event{fill:#1e88e5;stroke:#fff;stroke-width:0.5}.link{stroke:#1565c0;stroke-width:1.2;fill:none}"),
            new XElement(Svg + "defs",
                new XElement(Svg + "marker", new XAttribute("id", "arrow"), new XAttribute("viewBox", "0 0 10 10"), new XAttribute("refX", "9"), new XAttribute("refY", "5"),
                    new XAttribute("markerWidth", "7"), new XAttribute("markerHeight", "7"), new XAttribute("orient", "auto-start-reverse"),
                    new XElement(Svg + "path", new XAttribute("d", "M 0 0 L 10 5 L 0 10 z"), new XAttribute("fill", "#1565c0")))),
            new XElement(Svg + "line", Attr("x1", left), Attr("y1", gridTop), Attr("x2", left), Attr("y2", y - 24), new XAttribute("class", "axis")),
            body);
        return new XDocument(new XDeclaration("1.0", "utf-8", null), svg).Declaration + "\n" + svg.ToString(SaveOptions.None) + "\n";
    }

    private static XElement SpanElement(TimelineSpan span, double x1, double x2, double y, double row, bool showLabels)
    {
        // Empty spans (an instant of activity in virtual time, or the moment a line ends) still get a visible mark.
        var width = Math.Max(x2 - x1, 2);
        var group = new XElement(Svg + "g",
            new XElement(Svg + "rect", Attr("x", x1), Attr("y", y + 3), Attr("width", width), Attr("height", row - 6),
                new XAttribute("fill", Colors[(int)span.State]), new XAttribute("class", "span"),
                new XElement(Svg + "title", $"{span.Describe()} ({TimeFormat.Seconds(span.Start)}–{TimeFormat.Seconds(span.End)})")));
        if (showLabels && !string.IsNullOrEmpty(span.Label) && span.Label.Length * 5.5 < width - 4)
        {
            group.Add(Text(x1 + 3, y + (row * 0.68), span.Label, "label"));
        }
        return group;
    }

    private static TimeSpan NiceTick(TimeSpan end)
    {
        var raw = end.Ticks / 10.0;
        var magnitude = Math.Pow(10, Math.Floor(Math.Log10(raw)));
        var step = new[] { 1.0, 2.0, 5.0, 10.0 }.First(m => m * magnitude >= raw) * magnitude;
        return TimeSpan.FromTicks(Math.Max(1, (long)step));
    }

    private static XElement Text(double x, double y, string text, string cssClass) =>
        new(Svg + "text", Attr("x", x), Attr("y", y), new XAttribute("class", cssClass), text);

    private static XAttribute Attr(string name, double value) => new(name, Num(value));

    private static string Num(double value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}
