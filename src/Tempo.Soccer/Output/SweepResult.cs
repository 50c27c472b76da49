using System.Globalization;
using System.Text;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Output;

/// <summary>How often a play scored over many seeded variations, with a 95 % (Wilson) confidence interval and how it failed.</summary>
public sealed record SweepResult
{
    /// <summary>The play's name.</summary>
    public required string Play { get; init; }

    /// <summary>How many runs finished.</summary>
    public required int Runs { get; init; }

    /// <summary>The base seed; run i uses a seed drawn from it.</summary>
    public required int Seed { get; init; }

    /// <summary>Whether the runs had the attack's lines take turns (<c>--sequential</c>).</summary>
    public bool Sequential { get; init; }

    /// <summary>How many runs scored.</summary>
    public required int Goals { get; init; }

    /// <summary>The fraction of runs that scored.</summary>
    public double Rate => Runs == 0 ? 0 : (double)Goals / Runs;

    /// <summary>The lower end of the 95 % confidence interval of <see cref="Rate"/>.</summary>
    public required double Low { get; init; }

    /// <summary>The upper end of the 95 % confidence interval of <see cref="Rate"/>.</summary>
    public required double High { get; init; }

    /// <summary>Goals per scorer (shirt number of the attacker).</summary>
    public required IReadOnlyList<(int Scorer, int Goals)> Scorers { get; init; }

    /// <summary>Ways the play failed, most common first.</summary>
    public required IReadOnlyList<SweepFailure> Failures { get; init; }

    /// <summary>Virtual seconds simulated over all runs (for speed figures: divide by the wall time).</summary>
    public required double SimulatedSeconds { get; init; }

    /// <summary>Median virtual seconds to the goal, over the runs that scored.</summary>
    public required double MedianGoalSeconds { get; init; }

    /// <summary>The text report: the rate with its interval, the scorers and the ways the play failed.</summary>
    public string Format()
    {
        var sb = new StringBuilder();
        sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
            $"{Play}: {Runs} runs (seed {Seed}{(Sequential ? ", sequential" : "")}): {Goals} goals = {Rate * 100:0.0} % (95 % CI {Low * 100:0.0}–{High * 100:0.0} %)"));
        if (Scorers.Count > 0)
        {
            sb.AppendLine("scorers: " + string.Join(", ", Scorers.Select(s => string.Create(CultureInfo.InvariantCulture, $"#{s.Scorer} {s.Goals}"))));
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"median time to goal: {MedianGoalSeconds:0.00} s"));
        }
        if (Failures.Count > 0)
        {
            var top = Failures[0];
            sb.AppendLine(string.Create(CultureInfo.InvariantCulture,
                $"most common failure: {top.Way} ({top.Count} runs, {100.0 * top.Count / Runs:0.0} %; e.g. --seed {top.ExampleSeed} --varied{(Sequential ? " --sequential" : "")})"));
            foreach (var f in Failures.Skip(1).Take(5))
            {
                sb.AppendLine(string.Create(CultureInfo.InvariantCulture, $"  then: {f.Way} ({f.Count} runs, {100.0 * f.Count / Runs:0.0} %)"));
            }
        }
        return sb.ToString();
    }

    /// <summary>Wilson score interval for a binomial proportion at 95 %.</summary>
    public static (double Low, double High) Wilson(int successes, int trials)
    {
        if (trials == 0)
        {
            return (0, 1);
        }
        const double z = 1.959963984540054;
        var p = (double)successes / trials;
        var denominator = 1 + (z * z / trials);
        var centre = (p + (z * z / (2 * trials))) / denominator;
        var half = z * Math.Sqrt((p * (1 - p) / trials) + (z * z / (4.0 * trials * trials))) / denominator;
        return (Math.Max(0, centre - half), Math.Min(1, centre + half));
    }
}
