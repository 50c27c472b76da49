using Tempo.Soccer.Engine;
using Tempo.Soccer.Output;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Lines;

/// <summary>
/// Runs many seeded variations of a play (reaction times, top speeds, and through the seed every duel
/// and save), each its own single-threaded simulation, spread over threads. Run i depends only on
/// the base seed and i, and results are combined in run order, so the output is the same for any thread count.
/// </summary>
public static class PlaySweep
{
    /// <summary>The convenience form of <see cref="Run(Play, SweepOptions, IReadOnlyDictionary{int, PlayScript}?, CancellationToken)"/>: a concurrent sweep without progress.</summary>
    public static SweepResult Run(Play play, int runs, int threads, int seed, IReadOnlyDictionary<int, PlayScript>? scripts = null, CancellationToken cancellationToken = default) =>
        Run(play, new SweepOptions { Runs = runs, Threads = threads, Seed = seed }, scripts, cancellationToken);

    /// <summary>Runs the sweep <paramref name="options"/> describe; <paramref name="scripts"/> replaces play-file actions as in <see cref="PlaySimulator.Run(Play, RunOptions?, IReadOnlyDictionary{int, PlayScript}?)"/>.</summary>
    public static SweepResult Run(Play play, SweepOptions options, IReadOnlyDictionary<int, PlayScript>? scripts = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(play);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Runs, 1);
        ArgumentOutOfRangeException.ThrowIfLessThan(options.Threads, 1);
        var (runs, threads, seed, progress) = (options.Runs, options.Threads, options.Seed, options.Progress);
        var done = 0;
        var outcomes = new SweepRun[runs];
        var finished = new bool[runs];
        try
        {
            Parallel.For(0, runs, new ParallelOptions { MaxDegreeOfParallelism = threads, CancellationToken = cancellationToken }, i =>
            {
                outcomes[i] = RunOne(play, seed, i, scripts, options.Sequential);
                finished[i] = true;
                progress?.Report(Interlocked.Increment(ref done));
            });
        }
        catch (OperationCanceledException)
        {
            // Interrupted: report the unbroken run of finished runs from the first, so the partial answer
            // does not depend on the thread count either. With none finished there is nothing to report.
            var unbroken = Array.IndexOf(finished, false);
            if (unbroken == 0)
            {
                throw;
            }
            if (unbroken > 0)
            {
                outcomes = outcomes[..unbroken];
            }
        }
        return Summarize(play.Name, seed, options.Sequential, outcomes);
    }

    /// <summary>Run <paramref name="index"/> of a sweep from <paramref name="seed"/>: the varied play simulated with its own seed.</summary>
    public static SweepRun RunOne(Play play, int seed, int index, IReadOnlyDictionary<int, PlayScript>? scripts = null, bool sequential = false)
    {
        ArgumentNullException.ThrowIfNull(play);
        var runSeed = SeedFor(seed, index);
        var world = PlaySimulator.SimulateOutcome(Vary(play, runSeed), runSeed, scripts, sequential);
        var outcome = world.Outcome!;
        return new SweepRun(outcome.Goal, outcome.Scorer?.Number, outcome.Seconds, Way(outcome, world.Events));
    }

    /// <summary>
    /// The sweep's result from its runs, given in run order from run 0 (on one machine or gathered from many: the same
    /// runs give the same result).
    /// </summary>
    public static SweepResult Summarize(string playName, int seed, bool sequential, IReadOnlyList<SweepRun> outcomes)
    {
        ArgumentNullException.ThrowIfNull(outcomes);
        var runs = outcomes.Count;
        var goals = outcomes.Count(o => o.Goal);
        var (low, high) = SweepResult.Wilson(goals, runs);
        var failures = outcomes.Select((o, i) => (o, i)).Where(x => !x.o.Goal)
            .GroupBy(x => x.o.Way)
            .Select(g => new SweepFailure(g.Key, g.Count(), SeedFor(seed, g.First().i)))
            .OrderByDescending(f => f.Count).ThenBy(f => f.Way, StringComparer.Ordinal).ToList();
        var scorers = outcomes.Where(o => o.Scorer is not null).GroupBy(o => o.Scorer!.Value)
            .Select(g => (g.Key, g.Count())).OrderByDescending(s => s.Item2).ThenBy(s => s.Key).ToList();
        var times = outcomes.Where(o => o.Goal).Select(o => o.Seconds).Order().ToList();
        return new SweepResult
        {
            Play = playName,
            Runs = runs,
            Seed = seed,
            Sequential = sequential,
            Goals = goals,
            Low = low,
            High = high,
            Scorers = scorers,
            Failures = failures,
            MedianGoalSeconds = times.Count == 0 ? 0 : times[times.Count / 2],
            SimulatedSeconds = outcomes.Sum(o => o.Seconds),
        };
    }

    /// <summary>The seed of run <paramref name="index"/> (SplitMix64 of the base seed and the index, kept positive).</summary>
    public static int SeedFor(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32) + (ulong)index + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        z ^= z >> 31;
        return (int)(z & 0x7FFFFFFF) | 1;
    }

    /// <summary>The play with every player's reaction time (±25 %, within 0.15–0.8 s) and top speed (±6 %) drawn from the run's seed.</summary>
    public static Play Vary(Play play, int seed)
    {
        ArgumentNullException.ThrowIfNull(play);
        var random = new Random(seed);
        var physics = play.Physics;
        var players = new PlayerSpec[play.Players.Count];
        for (var i = 0; i < players.Length; i++)
        {
            var p = play.Players[i];
            players[i] = p with
            {
                ReactionTime = Math.Clamp((p.ReactionTime ?? physics.ReactionTime) * (0.75 + (0.5 * random.NextDouble())), 0.15, 0.8),
                MaxSpeed = (p.MaxSpeed ?? physics.MaxSpeed) * (0.94 + (0.12 * random.NextDouble())),
            };
        }
        return play with { Players = players };
    }

    private static string Way(PlayOutcome o, IReadOnlyList<PlayEvent> events)
    {
        if (o.Goal)
        {
            return "goal";
        }
        var last = Last(events, static e => e.Type is PlayEventType.Duel or PlayEventType.Interception or PlayEventType.Save or PlayEventType.Block or PlayEventType.Offside or PlayEventType.Out or PlayEventType.GaveUp or PlayEventType.Deadlock);
        return o.Kind switch
        {
            "tackled" or "intercepted" or "saved" or "blocked" when last?.Player is { } who => $"{o.Kind} by {who}",
            "offside" when last?.Player is { } who => $"{who} offside",
            _ => o.Kind == "horizon" && Last(events, static e => e.Type == PlayEventType.GaveUp) is { } g ? g.Text : o.Kind,
        };
    }

    private static PlayEvent? Last(IReadOnlyList<PlayEvent> events, Func<PlayEvent, bool> match)
    {
        for (var i = events.Count - 1; i >= 0; i--)
        {
            if (match(events[i]))
            {
                return events[i];
            }
        }
        return null;
    }
}
