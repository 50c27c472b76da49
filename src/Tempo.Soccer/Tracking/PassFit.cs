namespace Tempo.Soccer.Tracking;

/// <summary>
/// The simulator's pass model fitted on real passes. A pass leaves the foot at v0 = √(va² + 2·b·d) so that, slowing at
/// the ball's deceleration b, it reaches its target d metres away at the arrival speed va, after (v0 − va)/b seconds.
/// The fit chooses va (0.1 m/s steps, 1–30) and, in the joint fit, b too (0.05 m/s² steps, 0.2–5) on a fixed grid to minimise the squared error of the predicted
/// travel times of the real passes of at least <see cref="ShortestPass"/> metres: a deterministic search, no random start.
/// </summary>
/// <param name="Passes">Passes used (at least <see cref="ShortestPass"/> metres).</param>
/// <param name="MedianDistance">Median pass length, metres.</param>
/// <param name="MedianSpeed">Median average speed (distance / time), m/s.</param>
/// <param name="SpeedP10">10th percentile of average speed, m/s.</param>
/// <param name="SpeedP90">90th percentile of average speed, m/s.</param>
/// <param name="Deceleration">The deceleration held fixed for <see cref="ArrivalSpeed"/>, m/s².</param>
/// <param name="ArrivalSpeed">The arrival speed fitted with <paramref name="Deceleration"/> fixed, m/s.</param>
/// <param name="RmsSeconds">Root-mean-square error of the predicted travel times with that fit, seconds.</param>
/// <param name="JointDeceleration">Deceleration of the joint fit, m/s².</param>
/// <param name="JointArrivalSpeed">Arrival speed of the joint fit, m/s.</param>
/// <param name="JointRmsSeconds">Root-mean-square time error of the joint fit, seconds.</param>
public sealed record PassFit(int Passes, double MedianDistance, double MedianSpeed, double SpeedP10, double SpeedP90,
    double Deceleration, double ArrivalSpeed, double RmsSeconds, double JointDeceleration, double JointArrivalSpeed, double JointRmsSeconds)
{
    /// <summary>Shorter passes are left out: a frame or two of timing error is most of their travel time.</summary>
    public const double ShortestPass = 5.0;

    /// <summary>The highest deceleration the joint fit tries, m/s².</summary>
    public const double HighestDeceleration = 5.0;

    /// <summary>Fits the passes, with <paramref name="deceleration"/> (the model's default) held fixed for the first fit.</summary>
    public static PassFit Fit(IEnumerable<ObservedPass> passes, double deceleration)
    {
        var used = passes.Where(p => p.Distance >= ShortestPass).ToArray();
        if (used.Length == 0)
        {
            return new PassFit(0, double.NaN, double.NaN, double.NaN, double.NaN, deceleration, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);
        }
        var (va, rms) = BestArrival(used, deceleration);
        var joint = (B: double.NaN, Va: double.NaN, Rms: double.PositiveInfinity);
        for (var step = 4; step * 0.05 <= HighestDeceleration + 1e-9; step++)
        {
            var b = step * 0.05;
            var (v, r) = BestArrival(used, b);
            if (r < joint.Rms)
            {
                joint = (b, v, r);
            }
        }
        var speeds = used.Select(p => p.Speed).ToArray();
        return new PassFit(used.Length, Stats.Median(used.Select(p => p.Distance)), Stats.Median(speeds), Stats.Percentile(speeds, 0.1),
            Stats.Percentile(speeds, 0.9), deceleration, va, rms, joint.B, joint.Va, joint.Rms);
    }

    /// <summary>Predicted travel time of a pass of <paramref name="distance"/> metres arriving at <paramref name="arrival"/> m/s.</summary>
    public static double TravelTime(double distance, double arrival, double deceleration) =>
        (Math.Sqrt((arrival * arrival) + (2 * deceleration * distance)) - arrival) / deceleration;

    private static (double Arrival, double Rms) BestArrival(ObservedPass[] passes, double deceleration)
    {
        var best = (Arrival: double.NaN, Rms: double.PositiveInfinity);
        for (var step = 10; step <= 300; step++)
        {
            var va = step * 0.1;
            var sum = 0.0;
            foreach (var p in passes)
            {
                var e = TravelTime(p.Distance, va, deceleration) - p.Seconds;
                sum += e * e;
            }
            var rms = Math.Sqrt(sum / passes.Length);
            if (rms < best.Rms)
            {
                best = (va, rms);
            }
        }
        return best;
    }
}
