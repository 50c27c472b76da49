using System.Threading.Channels;

namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>Store</c> is a <see cref="Channel{T}"/>: <c>store.put(x)</c> is <c>TryWrite(x)</c> on an unbounded
/// channel (or <c>await WriteAsync(x, ct)</c> on a bounded one), and <c>yield store.get()</c> is
/// <c>await ReadAsync(ct)</c>. Use <c>ReadAsync</c>/<c>WaitToReadAsync</c>, not <c>ReadAllAsync</c>, which completes on
/// the thread pool inside .NET. See SimPy/store.py.
/// </summary>
public static class StoreSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        var store = Channel.CreateUnbounded<string>();
        sim.Start("producer", async ct =>
        {
            for (var i = 0; i < 3; i++)
            {
                await sim.DelayAsync(SimTime.Seconds(2), ct);
                store.Writer.TryWrite($"spare {i}");
                output.WriteLine($"made spare {i} at {SimTime.Of(sim)}");
            }
        });
        sim.Start("fitter", async ct =>
        {
            while (true)
            {
                var item = await store.Reader.ReadAsync(ct);
                output.WriteLine($"fitter took {item} at {SimTime.Of(sim)}");
                await sim.DelayAsync(SimTime.Seconds(3), ct);
            }
        });
        sim.RunUntil(SimTime.Seconds(20));
    }
}
