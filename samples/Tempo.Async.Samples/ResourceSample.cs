namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>Resource(env, capacity=2)</c> with <c>with bcs.request() as req: yield req</c>. Tempo.Async has no
/// native Resource yet (issue #16 asks for one); today a <see cref="SemaphoreSlim"/> stands in:
/// <c>await bcs.WaitAsync()</c> (without a token: with a cancellable one .NET completes the wait on the thread pool)
/// and <c>Release()</c> in a <c>finally</c>. One difference: a free slot is taken without yielding, where SimPy always
/// yields, so lines arriving at the same instant can be served in another order than SimPy's. See SimPy/resource.py.
/// </summary>
public static class ResourceSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        using var bcs = new SemaphoreSlim(2);
        foreach (var (i, arrives) in new[] { (0, 0), (1, 1), (2, 2), (3, 3) })
        {
            var name = $"car {i}";
            sim.Start(name, async ct =>
            {
                await sim.DelayAsync(SimTime.Seconds(arrives), ct);
                output.WriteLine($"{name} arrives at {SimTime.Of(sim)}");
                await bcs.WaitAsync();
                try
                {
                    output.WriteLine($"{name} starts charging at {SimTime.Of(sim)}");
                    await sim.DelayAsync(SimTime.Seconds(5), ct);
                    output.WriteLine($"{name} leaves at {SimTime.Of(sim)}");
                }
                finally
                {
                    bcs.Release();
                }
            });
        }
        sim.Run();
    }
}
