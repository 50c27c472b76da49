namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>env.event()</c> is <c>sim.CreateEvent(name)</c>; <c>yield bell</c> is <c>await bell.WaitAsync(ct)</c>
/// and <c>bell.succeed()</c> is <c>bell.Set()</c>. Waiters resume in the order they started waiting. See
/// SimPy/event.py.
/// </summary>
public static class EventSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        var bell = sim.CreateEvent("bell");
        foreach (var name in new[] { "ann", "bob", "cat" })
        {
            sim.Start(name, async ct =>
            {
                output.WriteLine($"{name} waits at {SimTime.Of(sim)}");
                await bell.WaitAsync(ct);
                output.WriteLine($"{name} leaves at {SimTime.Of(sim)}");
            });
        }
        sim.Start("teacher", async ct =>
        {
            await sim.DelayAsync(SimTime.Seconds(45), ct);
            output.WriteLine($"bell rings at {SimTime.Of(sim)}");
            bell.Set();
        });
        sim.Run();
    }
}
