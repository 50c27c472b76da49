using System.Globalization;
using System.Text;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// The simulator's physical defaults measured on real data: players' speeds and acceleration from tracks, pass speeds
/// from real passes (Last Row's passes file, Metrica's PASS events), shot speeds from Metrica's SHOT events. The report
/// sets each fit beside today's default; it changes no default by itself.
/// </summary>
/// <param name="Sources">The files measured.</param>
/// <param name="Running">Speeds and acceleration from the tracks (null without tracks).</param>
/// <param name="Passing">The pass model fitted on the passes (null without passes).</param>
/// <param name="Shots">Shots measured (Metrica SHOT events with both ends).</param>
/// <param name="MedianShotSpeed">Their median average speed, m/s (NaN without shots).</param>
public sealed record Calibration(IReadOnlyList<string> Sources, RunningFit? Running, PassFit? Passing, int Shots, double MedianShotSpeed)
{
    /// <summary>Measures the given tracks, passes and Metrica events against the model's <paramref name="defaults"/>.</summary>
    public static Calibration Measure(IReadOnlyList<TrackingData> tracks, IReadOnlyList<ObservedPass> passes, IReadOnlyList<MetricaEvent> events,
        IReadOnlyList<string> sources, PhysicsParameters defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var shots = events.Where(e => e.Type == "SHOT" && e.Distance is > 0 && e.Duration > 0).Select(e => e.Distance!.Value / e.Duration).ToArray();
        return new Calibration(sources, tracks.Count == 0 ? null : RunningFit.Measure(tracks),
            passes.Count == 0 ? null : PassFit.Fit(passes, defaults.BallDeceleration), shots.Length, Stats.Median(shots));
    }

    /// <summary>The fits beside the defaults, a few lines of text.</summary>
    public string Format(PhysicsParameters defaults)
    {
        ArgumentNullException.ThrowIfNull(defaults);
        var sb = new StringBuilder();
        sb.AppendLine($"measured on: {string.Join(", ", Sources)}");
        if (Running is { } r)
        {
            sb.AppendLine(F($"players' top speed ({r.Players} tracks): median {r.MedianTopSpeed:0.00} m/s, 90th percentile {r.TopSpeedP90:0.00}, highest {r.HighestSpeed:0.00}; default MaxSpeed {defaults.MaxSpeed:0.00}"));
            sb.AppendLine(F($"players' top acceleration: median {r.MedianTopAcceleration:0.00} m/s²"));
            sb.AppendLine(F($"acceleration time constant τ (the sprint model matched to each one's top speed and top acceleration, median over {r.Sprinters} players who reached {RunningFit.SprintSpeed:0} m/s): {r.Tau:0.00} s; default Tau {defaults.Tau:0.00}"));
        }
        if (Passing is { } p)
        {
            sb.AppendLine(F($"passes of {PassFit.ShortestPass:0} m or more: {p.Passes}, median length {p.MedianDistance:0.0} m, average speed median {p.MedianSpeed:0.0} m/s (10th-90th percentile {p.SpeedP10:0.0}-{p.SpeedP90:0.0}); defaults MinPassSpeed {defaults.MinPassSpeed:0.0}, MaxPassSpeed {defaults.MaxPassSpeed:0.0}"));
            sb.AppendLine(F($"pass arrival speed with deceleration {p.Deceleration:0.00} m/s² held: {p.ArrivalSpeed:0.0} m/s (travel-time error {p.RmsSeconds:0.00} s rms); default PassArrivalSpeed {defaults.PassArrivalSpeed:0.0}"));
            var edge = p.JointDeceleration >= PassFit.HighestDeceleration - 1e-9 ? " (the edge of the searched range: the travel times do not pin the deceleration down)" : "";
            sb.AppendLine(F($"joint fit: deceleration {p.JointDeceleration:0.00} m/s²{edge}, arrival speed {p.JointArrivalSpeed:0.0} m/s ({p.JointRmsSeconds:0.00} s rms); default BallDeceleration {defaults.BallDeceleration:0.00}"));
        }
        if (Shots > 0)
        {
            sb.AppendLine(F($"shots: {Shots}, average speed median {MedianShotSpeed:0.0} m/s (start to where the event ends: saves and blocks included); default ShotSpeed {defaults.ShotSpeed:0.0}"));
        }
        return sb.ToString().TrimEnd('\n');
    }

    private static string F(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
