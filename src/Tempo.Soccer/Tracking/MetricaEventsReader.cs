using System.Globalization;
using nietras.SeparatedValues;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// Reads Metrica Sports' raw event CSV (github.com/metrica-sports/sample-data): columns <c>Team, Type, Subtype, Period,
/// Start Frame, Start Time [s], End Frame, End Time [s], From, To, Start X, Start Y, End X, End Y</c>; coordinates 0–1
/// on the pitch with (0, 0) top left, scaled here to 105 × 68 m. Positions are kept as the file has them (each team
/// attacks one way per half); lengths, times and speeds do not depend on the direction.
/// </summary>
public static class MetricaEventsReader
{
    private static readonly string[] Required =
        ["Team", "Type", "Subtype", "Period", "Start Time [s]", "End Time [s]", "From", "To", "Start X", "Start Y", "End X", "End Y"];

    /// <summary>Reads a Metrica event file.</summary>
    public static IReadOnlyList<MetricaEvent> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : throw new TrackingFileException(path, 0, "no such event file");

    /// <summary>Reads Metrica event CSV text; <paramref name="source"/> names it in errors.</summary>
    public static IReadOnlyList<MetricaEvent> Parse(string text, string source)
    {
        var events = new List<MetricaEvent>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        CsvColumns.Require(reader, Required, source, "a Metrica event file");
        foreach (var row in reader)
        {
            var line = (int)row.RowIndex + 1;
            var period = Number(row["Period"].ToString(), "Period", source, line);
            if (period is not (1 or 2))
            {
                throw new TrackingFileException(source, line, $"Period '{row["Period"]}' is neither 1 nor 2");
            }
            var start = Number(row["Start Time [s]"].ToString(), "Start Time [s]", source, line);
            var end = Number(row["End Time [s]"].ToString(), "End Time [s]", source, line);
            events.Add(new MetricaEvent(
                row["Team"].ToString().Trim(), row["Type"].ToString().Trim(), row["Subtype"].ToString().Trim(), (int)period, start, end,
                row["From"].ToString().Trim(), row["To"].ToString().Trim(),
                Point(row["Start X"].ToString(), row["Start Y"].ToString(), source, line),
                Point(row["End X"].ToString(), row["End Y"].ToString(), source, line)));
        }
        return events;
    }

    private static Vec2? Point(string x, string y, string source, int line)
    {
        var px = Number(x, "X", source, line, allowNaN: true);
        var py = Number(y, "Y", source, line, allowNaN: true);
        return double.IsNaN(px) || double.IsNaN(py) ? null : new Vec2(px * Pitch.Length, py * Pitch.Width);
    }

    private static double Number(string text, string column, string source, int line, bool allowNaN = false)
    {
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && (double.IsFinite(v) || (allowNaN && double.IsNaN(v))))
        {
            return v;
        }
        throw new TrackingFileException(source, line, $"{column} '{text}' is not a number");
    }
}
