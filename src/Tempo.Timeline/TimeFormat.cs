using System.Globalization;

namespace Tempo.Timeline;

/// <summary>How renderers write times by default: seconds with up to three decimals ("0", "1.5", "12.125").</summary>
public static class TimeFormat
{
    /// <summary>Seconds, invariant culture, at most three decimals.</summary>
    public static string Seconds(TimeSpan time) => time.TotalSeconds.ToString("0.###", CultureInfo.InvariantCulture);
}
