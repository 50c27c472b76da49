namespace Tempo.Async.Samples;

/// <summary>
/// A SimPy process is an event, and so is a Tempo line: <c>yield env.process(charge(env, 3))</c> is
/// <c>await sim.Start("charge", …)</c>, a process's <c>return</c> value is the line's result
/// (<see cref="LineOfControl{T}"/>), and <c>env.run(until=trip)</c> is <c>sim.RunUntil(trip.Completion)</c>.
/// See SimPy/process.py.
/// </summary>
public static class ProcessSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        var trip = sim.Start("car", async ct =>
        {
            output.WriteLine($"start charging at {SimTime.Of(sim)}");
            var energy = await sim.Start("charge", c => ChargeAsync(sim, 3, c));
            output.WriteLine($"charged {energy} at {SimTime.Of(sim)}");
            return energy;
        });
        sim.RunUntil(trip.Completion);
        output.WriteLine($"trip done at {SimTime.Of(sim)} with {trip.Completion.Result}");
    }

    private static async Task<int> ChargeAsync(Simulation sim, int minutes, CancellationToken cancellationToken)
    {
        await sim.DelayAsync(SimTime.Seconds(minutes), cancellationToken);
        return minutes * 10;
    }
}
