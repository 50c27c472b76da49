namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>process.interrupt(cause)</c> is <c>line.Interrupt(cause)</c>: an <see cref="InterruptException"/> is
/// thrown into the line at its current wait, with the cause in <see cref="InterruptException.Cause"/>; the line may
/// catch it and carry on. See SimPy/interrupt.py.
/// </summary>
public static class InterruptSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        var machine = sim.Start("machine", async ct =>
        {
            while (true)
            {
                try
                {
                    output.WriteLine($"working from {SimTime.Of(sim)}");
                    await sim.DelayAsync(SimTime.Seconds(10), ct);
                    output.WriteLine($"part done at {SimTime.Of(sim)}");
                }
                catch (InterruptException interrupt)
                {
                    output.WriteLine($"broken at {SimTime.Of(sim)} by {interrupt.Cause}");
                    await sim.DelayAsync(SimTime.Seconds(2), ct);
                    output.WriteLine($"repaired at {SimTime.Of(sim)}");
                }
            }
        });
        sim.Start("breaker", async ct =>
        {
            await sim.DelayAsync(SimTime.Seconds(15), ct);
            machine.Interrupt("a worn belt");
        });
        sim.RunUntil(SimTime.Seconds(30));
    }
}
