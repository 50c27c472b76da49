namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>Store</c> is a <see cref="Store{T}"/>: <c>store.put(x)</c> not yielded is <c>TryPut(x)</c> (or
/// <c>await PutAsync(x, ct)</c>, which waits while a bounded store is full), and <c>yield store.get()</c> is
/// <c>await GetAsync(ct)</c>. A <c>System.Threading.Channels</c> channel works too (<c>channel.TryWrite(sim, x)</c>, <c>channel.ReadAsync(sim, ct)</c>;
/// not <c>ReadAllAsync</c>, which completes on the thread pool inside .NET), but only the store is traced and served
/// in SimPy's order. See SimPy/store.py.
/// </summary>
public static class StoreSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        var store = new Store<string>(sim, "spares");
        sim.Start("producer", async ct =>
        {
            for (var i = 0; i < 3; i++)
            {
                await sim.DelayAsync(SimTime.Seconds(2), ct);
                store.TryPut($"spare {i}");
                output.WriteLine($"made spare {i} at {SimTime.Of(sim)}");
            }
        });
        sim.Start("fitter", async ct =>
        {
            while (true)
            {
                var item = await store.GetAsync(ct);
                output.WriteLine($"fitter took {item} at {SimTime.Of(sim)}");
                await sim.DelayAsync(SimTime.Seconds(3), ct);
            }
        });
        sim.RunUntil(SimTime.Seconds(20));
    }
}
