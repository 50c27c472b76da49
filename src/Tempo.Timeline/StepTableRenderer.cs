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
        var times = new SortedSet<TimeSpan>();
        foreach (var line in trace.Lines)
        {
            foreach (var span in line.Spans)
            {
                times.Add(span.Start);
            }
        }
        var showEvents = options.ShowEvents && trace.Events.Count > 0;
        if (showEvents)
        {
            foreach (var e in trace.Events)
            {
                times.Add(e.Time);
            }
        }

        var header = new List<string> { options.TimeHeading };
        header.AddRange(trace.Lines.Select(l => l.Name));
        if (showEvents)
        {
            header.Add("events");
        }
        var rows = new List<string[]>();
        var cursor = new int[trace.Lines.Count];
        foreach (var time in times)
        {
            var row = new string[header.Count];
            row[0] = options.FormatTime(time);
            for (var i = 0; i < trace.Lines.Count; i++)
            {
                row[i + 1] = Cell(trace.Lines[i], time, ref cursor[i], options);
            }
            if (showEvents)
            {
                row[^1] = string.Join("; ", trace.Events.Where(e => e.Time == time).Select(e => $"{trace.Lines[e.LineId].Name}: {e.Name}"));
            }
            rows.Add(row);
        }

        var widths = new int[header.Count];
        for (var c = 0; c < header.Count; c++)
        {
            widths[c] = Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length));
        }
        var text = new StringBuilder();
        AppendRow(text, header, widths);
        AppendRow(text, widths.Select(w => new string('-', w)).ToList(), widths);
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
                text = spans[cursor].Describe();
            }
            cursor++;
        }
        if (text is null && options.RepeatUnchanged && cursor > 0)
        {
            var current = spans[cursor - 1];
            var ended = current.End < time && !(line.IsOpen && cursor == spans.Count);
            text = ended && current.State is SpanState.Running or SpanState.Waiting ? "" : current.Describe();
        }
        text ??= "";
        return text.Length <= options.MaxCellWidth ? text : string.Concat(text.AsSpan(0, Math.Max(0, options.MaxCellWidth - 1)), "…");
    }

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
