using System.Globalization;

namespace Tempo.Async.Samples;

/// <summary>Python's <c>%</c> formatting and float times, as the ported SimPy examples print and compute them.</summary>
public static class Py
{
    /// <summary><c>'%{width}.{decimals}f' % value</c>: fixed point, correctly rounded, right-aligned.</summary>
    public static string F(double value, int decimals, int width = 0) =>
        value.ToString("F" + decimals.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture).PadLeft(width);

    /// <summary><c>'%d' % value</c> for a float: truncated toward zero.</summary>
    public static string D(double value) => ((long)value).ToString(CultureInfo.InvariantCulture);

    /// <summary>A SimPy time (a float, here in seconds) on the virtual clock, rounded to the nearest tick.</summary>
    public static TimeSpan Time(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * TimeSpan.TicksPerSecond));

    /// <summary>The simulation's clock as SimPy's <c>env.now</c>, a float.</summary>
    public static double Now(Simulation sim)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return sim.Now.TotalSeconds;
    }
}
