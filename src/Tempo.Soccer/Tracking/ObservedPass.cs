using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>A real pass: how far the ball went and how long it took, and the file it came from.</summary>
/// <param name="Distance">Metres from where it was played to where it was received.</param>
/// <param name="Seconds">Seconds from the kick to the reception.</param>
/// <param name="Source">The file.</param>
public sealed record ObservedPass(double Distance, double Seconds, string Source)
{
    /// <summary>Average speed over the pass, m/s.</summary>
    public double Speed => Distance / Seconds;

    /// <summary>The completed passes of a Metrica event list (type PASS, both ends known, taking time).</summary>
    public static IReadOnlyList<ObservedPass> FromMetrica(IEnumerable<MetricaEvent> events, string source) =>
        [.. events.Where(e => e.Type == "PASS" && e.Distance is > 0 && e.Duration > 0).Select(e => new ObservedPass(e.Distance!.Value, e.Duration, source))];
}
