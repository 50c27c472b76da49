using System.Text;

namespace Tempo.Timeline;

/// <summary>
/// Draws a trace as a text table: one row per distinct time at which some line changed state or an event happened,
/// a time column, one column per line (cells such as "run", "wait: #2 in position", "done") and an events column.
/// </summary>
public static class StepTableRenderer
{
    /// <summary>Renders <paramref name="trace"/>; each line of the result ends in '\n'.</summary>
    public static string Render(Trace trace, StepTableOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(trace);
        options ??= new StepTableOptions();
        var lines = options.Lines is { } ids ? ids.Select(id => trace.Lines[id]).ToList() : [.. trace.Lines];
        var column = new Dictionary<int, int>();
        for (var i = 0; i < lines.Count; i++)
        {
            column[lines[i].Id] = i;
        }
        var until = options.Until ?? TimeSpan.MaxValue;
        var times = new SortedSet<TimeSpan>();
        foreach (var line in lines)
        {
            foreach (var span in line.Spans)
            {
                if (span.Start <= until)
                {
                    times.Add(span.Start);
                }
            }
        }
        var inLines = options.EventsInLines;
        var events = trace.Events.Where(e => e.Time <= until && (!inLines || column.ContainsKey(e.LineId))).ToList();
        var showEvents = !inLines && options.ShowEvents && events.Count > 0;
        if (showEvents || inLines)
        {
            foreach (var e in events)
            {
                times.Add(e.Time);
            }
        }

        var header = new List<string> { options.TimeHeading };
        header.AddRange(lines.Select(l => l.Name));
        if (showEvents)
        {
            header.Add("events");
        }
        var rows = new List<string[]>();
        var cursor = new int[lines.Count];
        foreach (var time in times)
        {
            var row = new string[header.Count];
            row[0] = options.FormatTime(time);
            for (var i = 0; i < lines.Count; i++)
            {
                var cell = Cell(lines[i], time, ref cursor[i], options);
                if (inLines && events.Where(e => e.Time == time && e.LineId == lines[i].Id).Select(e => e.Name).ToList() is { Count: > 0 } acts)
                {
                    cell = Shorten(string.Join("; ", cell.Length == 0 ? acts : [.. acts, cell]), options.MaxCellWidth);
                }
                row[i + 1] = cell;
            }
            if (showEvents)
            {
                row[^1] = string.Join("; ", events.Where(e => e.Time == time).Select(e => $"{trace.Lines[e.LineId].Name}: {e.Name}"));
            }
            if (row.Skip(1).Any(c => c.Length > 0))
            {
                rows.Add(row);
            }
        }

        var widths = new int[header.Count];
        for (var c = 0; c < header.Count; c++)
        {
            widths[c] = Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length));
        }
        var text = new StringBuilder();
        AppendRow(text, header, widths);
        text.Append(string.Join(options.RuleSeparator, widths.Select(w => new string('-', w))).TrimEnd()).Append('\n');
        foreach (var row in rows)
        {
            AppendRow(text, row, widths);
        }
        return text.ToString();
    }

    private static string Cell(LineOfControlTrace line, TimeSpan time, ref int cursor, StepTableOptions options)
    {
        // The cell shows the state the line is in right after `time`: the last span that starts then.
        var spans = line.Spans;
        string? text = null;
        while (cursor < spans.Count && spans[cursor].Start <= time)
        {
            if (spans[cursor].Start == time)
            {
                text = Describe(line, spans[cursor], options);
            }
            cursor++;
        }
        if (text is null && options.RepeatUnchanged && cursor > 0)
        {
            var current = spans[cursor - 1];
            var ended = current.End < time && !(line.IsOpen && cursor == spans.Count);
            text = ended && current.State is SpanState.Running or SpanState.Waiting ? "" : Describe(line, current, options);
        }
        return Shorten(text ?? "", options.MaxCellWidth);
    }

    private static string Describe(LineOfControlTrace line, TimelineSpan span, StepTableOptions options) =>
        options.DescribeSpan is { } describe ? describe(line.Id, span) : span.Describe();

    private static string Shorten(string text, int width) =>
        text.Length <= width ? text : string.Concat(text.AsSpan(0, Math.Max(0, width - 1)), "…");

    private static void AppendRow(StringBuilder text, IReadOnlyList<string> cells, int[] widths)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                text.Append(" | ");
            }
            text.Append(c == cells.Count - 1 ? cells[c] : cells[c].PadRight(widths[c]));
        }
        // Trailing blanks of an empty last cell are noise in diffs.
        while (text.Length > 0 && text[^1] == ' ')
        {
            text.Length--;
        }
        text.Append('\n');
    }
}
