namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>Resource(env, capacity=2)</c> with <c>with bcs.request() as req: yield req</c> is a
/// <see cref="Resource"/>: <c>using var req = await bcs.RequestAsync(ct);</c> holds a slot until the end of the block.
/// As in SimPy, a request always yields to the loop, even for a free slot, so lines that ask at the same instant are
/// served in SimPy's order. See SimPy/resource.py.
/// </summary>
public static class ResourceSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        var bcs = new Resource(sim, "battery charging station", capacity: 2);
        foreach (var (i, arrives) in new[] { (0, 0), (1, 1), (2, 2), (3, 3) })
        {
            var name = $"car {i}";
            sim.Start(name, async ct =>
            {
                await sim.DelayAsync(SimTime.Seconds(arrives), ct);
                output.WriteLine($"{name} arrives at {SimTime.Of(sim)}");
                using var request = await bcs.RequestAsync(ct);
                output.WriteLine($"{name} starts charging at {SimTime.Of(sim)}");
                await sim.DelayAsync(SimTime.Seconds(5), ct);
                output.WriteLine($"{name} leaves at {SimTime.Of(sim)}");
            });
        }
        sim.Run();
    }
}
