using nietras.SeparatedValues;

namespace Tempo.Soccer.Tracking;

/// <summary>The header check the real-data readers share: every column they read is there, or one line saying which is not.</summary>
internal static class CsvColumns
{
    /// <summary>Throws for the first of <paramref name="required"/> the header lacks, naming the file and what a <paramref name="kind"/> has.</summary>
    public static void Require(SepReader reader, IReadOnlyList<string> required, string source, string kind)
    {
        foreach (var column in required)
        {
            if (!reader.Header.ColNames.Contains(column))
            {
                throw new TrackingFileException(source, 1, $"no '{column}' column: {kind} has {string.Join(", ", required)}");
            }
        }
    }
}
