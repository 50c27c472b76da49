namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>Environment</c> is <see cref="Simulation"/>: it owns the clock (<c>env.now</c> is <c>sim.Now</c>),
/// <c>env.process(gen)</c> is <c>sim.Start(name, async ct =&gt; …)</c>, and <c>env.run(until=5)</c> is
/// <c>sim.RunUntil(5 s)</c>. See SimPy/environment.py.
/// </summary>
public static class EnvironmentSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        foreach (var (name, tick) in new[] { ("fast", 1), ("slow", 2) })
        {
            sim.Start(name, async ct =>
            {
                while (true)
                {
                    output.WriteLine($"{name} {SimTime.Of(sim)}");
                    await sim.DelayAsync(SimTime.Seconds(tick), ct);
                }
            });
        }
        sim.RunUntil(SimTime.Seconds(5));
        output.WriteLine($"stopped at {SimTime.Of(sim)}");
    }
}
