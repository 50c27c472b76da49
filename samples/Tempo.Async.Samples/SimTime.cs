using System.Globalization;

namespace Tempo.Async.Samples;

/// <summary>Virtual time printed as SimPy prints <c>env.now</c> in these samples: seconds, no trailing ".0".</summary>
public static class SimTime
{
    /// <summary>The simulation's clock, e.g. "3" or "0.5".</summary>
    public static string Of(Simulation sim)
    {
        ArgumentNullException.ThrowIfNull(sim);
        return sim.Now.TotalSeconds.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>Whole seconds as a TimeSpan (SimPy's unit of time is whatever the model says; here, seconds).</summary>
    public static TimeSpan Seconds(double seconds) => TimeSpan.FromSeconds(seconds);
}
