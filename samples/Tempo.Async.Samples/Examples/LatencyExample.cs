namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Event Latency" example (examples/latency.py): messages travel through a cable, a <see cref="Store{T}"/>
/// filled after a delay; <c>self.store.put(value)</c> not yielded is <see cref="Store{T}.TryPut"/>.
/// </summary>
public static class LatencyExample
{
    private const double SimDuration = 100;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Event Latency");
        using var sim = new Simulation();
        var cable = new Store<string>(sim, "cable");
        var sent = 0;
        sim.Start("sender", async ct =>
        {
            while (true)
            {
                await sim.DelayAsync(Py.Time(5), ct);
                var message = $"Sender sent this at {Py.D(Py.Now(sim))}";
                // The cable's latency: a line of its own per message, as SimPy's env.process(self.latency(value)).
                _ = sim.Start($"latency {sent++}", async c =>
                {
                    await sim.DelayAsync(Py.Time(10), c);
                    cable.TryPut(message);
                });
            }
        });
        sim.Start("receiver", async ct =>
        {
            while (true)
            {
                var message = await cable.GetAsync(ct);
                output.WriteLine($"Received this at {Py.D(Py.Now(sim))} while {message}");
            }
        });
        sim.RunUntil(Py.Time(SimDuration));
    }
}
