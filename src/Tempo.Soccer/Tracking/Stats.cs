namespace Tempo.Soccer.Tracking;

/// <summary>Order statistics for the measurements on real data.</summary>
internal static class Stats
{
    /// <summary>The median (NaN for no values).</summary>
    public static double Median(IEnumerable<double> values) => Percentile(values, 0.5);

    /// <summary>Linear interpolation between closest ranks (the usual definition, numpy's default); NaN for no values.</summary>
    public static double Percentile(IEnumerable<double> values, double q)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0)
        {
            return double.NaN;
        }
        var rank = q * (sorted.Length - 1);
        var lo = (int)Math.Floor(rank);
        var hi = Math.Min(lo + 1, sorted.Length - 1);
        return sorted[lo] + ((sorted[hi] - sorted[lo]) * (rank - lo));
    }
}
