using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// Players' top speeds and accelerations measured on tracks. Positions are smoothed over five frames (a centred
/// moving average), speeds are central differences of the smoothed positions and accelerations central differences of
/// the speeds over ±2 frames. The sprint model v(t) = vmax·(1 − e^(−t/τ)) accelerates at vmax/τ from rest, but the
/// smoothing lowers that peak (by a fifth at τ = 1 s), so each player who ran at least <see cref="SprintSpeed"/> gets the
/// τ whose model sprint from rest, to his top speed and measured the same way, shows his top acceleration (bisection);
/// the fit is the median over those players.
/// </summary>
/// <param name="Players">Tracks measured.</param>
/// <param name="MedianTopSpeed">Median over players of each one's highest speed, m/s.</param>
/// <param name="HighestSpeed">The highest speed of anyone, m/s.</param>
/// <param name="TopSpeedP90">90th percentile over players of each one's highest speed, m/s.</param>
/// <param name="MedianTopAcceleration">Median over players of each one's highest acceleration, m/s².</param>
/// <param name="Sprinters">Players who ran at least <see cref="SprintSpeed"/>.</param>
/// <param name="Tau">The fitted time constant τ, seconds (NaN if nobody sprinted).</param>
public sealed record RunningFit(int Players, double MedianTopSpeed, double HighestSpeed, double TopSpeedP90, double MedianTopAcceleration, int Sprinters, double Tau)
{
    /// <summary>Speed from which a player counts as sprinting for the τ fit, m/s.</summary>
    public const double SprintSpeed = 5.0;

    /// <summary>Measures every player of every track set.</summary>
    public static RunningFit Measure(IEnumerable<TrackingData> tracks)
    {
        var tops = new List<double>();
        var accelerations = new List<double>();
        var taus = new List<double>();
        foreach (var data in tracks)
        {
            foreach (var player in data.Players)
            {
                var (top, acceleration) = Peaks(player.Positions, data.FrameRate);
                if (double.IsNaN(top))
                {
                    continue;
                }
                tops.Add(top);
                accelerations.Add(acceleration);
                if (top >= SprintSpeed && acceleration > 0)
                {
                    taus.Add(TauFor(top, acceleration, data.FrameRate));
                }
            }
        }
        return new RunningFit(tops.Count, Stats.Median(tops), tops.Count == 0 ? double.NaN : tops.Max(), Stats.Percentile(tops, 0.9),
            Stats.Median(accelerations), taus.Count, Stats.Median(taus));
    }

    /// <summary>The τ of the sprint model whose run from rest to <paramref name="top"/>, measured by <see cref="Peaks"/>, shows <paramref name="acceleration"/> (0.05–10 s).</summary>
    internal static double TauFor(double top, double acceleration, double frameRate)
    {
        var (lo, hi) = (0.05, 10.0);
        for (var i = 0; i < 50; i++)
        {
            var mid = (lo + hi) / 2;
            // A larger τ accelerates more slowly: the measured peak falls as τ grows.
            if (Peaks(ModelSprint(top, mid, frameRate), frameRate).Acceleration > acceleration)
            {
                lo = mid;
            }
            else
            {
                hi = mid;
            }
        }
        return (lo + hi) / 2;
    }

    /// <summary>A model player standing for a second, then sprinting from rest for 3τ + 2 s.</summary>
    internal static Vec2[] ModelSprint(double top, double tau, double frameRate)
    {
        var frames = (int)Math.Ceiling(((3 * tau) + 3) * frameRate);
        var track = new Vec2[frames];
        for (var f = 0; f < frames; f++)
        {
            var t = Math.Max(0, (f / frameRate) - 1);
            track[f] = new Vec2(top * (t - (tau * (1 - Math.Exp(-t / tau)))), 0);
        }
        return track;
    }

    /// <summary>A track's highest speed and highest acceleration (NaN when the track is too short to tell).</summary>
    internal static (double Speed, double Acceleration) Peaks(IReadOnlyList<Vec2> positions, double frameRate)
    {
        const int Half = 2;
        var n = positions.Count;
        if (n < (4 * Half) + 3)
        {
            return (double.NaN, double.NaN);
        }
        var smooth = new Vec2[n];
        for (var f = Half; f < n - Half; f++)
        {
            var sum = new Vec2(0, 0);
            for (var k = -Half; k <= Half; k++)
            {
                sum += positions[f + k];
            }
            smooth[f] = sum * (1.0 / ((2 * Half) + 1));
        }
        var speed = new double[n];
        for (var f = Half + 1; f < n - Half - 1; f++)
        {
            speed[f] = smooth[f + 1].DistanceTo(smooth[f - 1]) * frameRate / 2;
        }
        var top = 0.0;
        var acceleration = 0.0;
        for (var f = Half + 1; f < n - Half - 1; f++)
        {
            top = Math.Max(top, speed[f]);
        }
        for (var f = (2 * Half) + 1; f < n - (2 * Half) - 1; f++)
        {
            acceleration = Math.Max(acceleration, (speed[f + Half] - speed[f - Half]) * frameRate / (2 * Half));
        }
        return (top, acceleration);
    }
}
