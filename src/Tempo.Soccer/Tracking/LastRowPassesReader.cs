using System.Globalization;
using nietras.SeparatedValues;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// Reads Last Row's passes file (<c>liverpool_2019_passes.csv</c>): one pass a row, <c>from_x, from_y, from_frame,
/// to_x, to_y, to_frame</c> with coordinates 0–100 on each axis (scaled here to 105 × 68 m) and 20 frames a second.
/// </summary>
public static class LastRowPassesReader
{
    private static readonly string[] Required = ["from_x", "from_y", "from_frame", "to_x", "to_y", "to_frame"];

    /// <summary>Reads the passes of a Last Row passes file.</summary>
    public static IReadOnlyList<ObservedPass> Load(string path) =>
        File.Exists(path) ? Parse(File.ReadAllText(path), path) : throw new TrackingFileException(path, 0, "no such passes file");

    /// <summary>Reads Last Row passes CSV text; <paramref name="source"/> names it in errors. Passes that take no time are left out.</summary>
    public static IReadOnlyList<ObservedPass> Parse(string text, string source)
    {
        var passes = new List<ObservedPass>();
        using var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text);
        CsvColumns.Require(reader, Required, source, "a Last Row passes file");
        foreach (var row in reader)
        {
            var line = (int)row.RowIndex + 1;
            var from = new Vec2(Read(row, "from_x", source, line) * Pitch.Length / 100, Read(row, "from_y", source, line) * Pitch.Width / 100);
            var to = new Vec2(Read(row, "to_x", source, line) * Pitch.Length / 100, Read(row, "to_y", source, line) * Pitch.Width / 100);
            var seconds = (Read(row, "to_frame", source, line) - Read(row, "from_frame", source, line)) / LastRowReader.FrameRate;
            if (seconds > 0 && from.DistanceTo(to) > 0)
            {
                passes.Add(new ObservedPass(from.DistanceTo(to), seconds, source));
            }
        }
        return passes;
    }

    private static double Read(SepReader.Row row, string column, string source, int line) =>
        double.TryParse(row[column].ToString(), NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new TrackingFileException(source, line, $"{column} '{row[column]}' is not a number");
}
