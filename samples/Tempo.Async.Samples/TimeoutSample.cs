namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>yield env.timeout(d)</c> has three spellings: <c>await sim.DelayAsync(d, ct)</c>; plain .NET
/// <c>await Task.Delay(d, sim.TimeProvider, ct)</c>, which any library code that takes a <see cref="TimeProvider"/>
/// can use; and <c>await sim.SleepAsync(d, ct)</c>, the allocation-free one for hot loops. Ties at one instant run in
/// the order they were scheduled, as in SimPy, whichever of the three scheduled them (here "a" uses <c>Task.Delay</c>
/// and "b" the runtime's waits). See SimPy/timeout.py.
/// </summary>
public static class TimeoutSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        sim.Start("a", async ct =>
        {
            foreach (var step in new[] { 1, 2, 3 })
            {
                await Task.Delay(SimTime.Seconds(step), sim.TimeProvider, ct);
                output.WriteLine($"a stepped at {SimTime.Of(sim)}");
            }
        });
        sim.Start("b", async ct =>
        {
            await sim.DelayAsync(SimTime.Seconds(3), ct);
            output.WriteLine($"b stepped at {SimTime.Of(sim)}");
            await sim.SleepAsync(SimTime.Seconds(3), ct);
            output.WriteLine($"b stepped at {SimTime.Of(sim)}");
        });
        sim.Run();
        output.WriteLine($"done at {SimTime.Of(sim)}");
    }
}
