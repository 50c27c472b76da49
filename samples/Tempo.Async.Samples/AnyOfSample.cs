namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's <c>yield parcel | give_up</c> (<c>env.any_of</c>) is <c>await Task.WhenAny(…)</c>. Unlike SimPy, the
/// loser is cancelled explicitly (a linked <see cref="CancellationTokenSource"/>), so no forgotten wait is left
/// behind. See SimPy/any_of.py.
/// </summary>
public static class AnyOfSample
{
    /// <summary>Runs the sample, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        using var sim = new Simulation();
        foreach (var (name, arrives, patience) in new[] { ("ann", 3, 5), ("bob", 8, 5) })
        {
            sim.Start(name, async ct =>
            {
                using var race = CancellationTokenSource.CreateLinkedTokenSource(ct);
                var parcel = sim.Start($"delivery to {name}", async c =>
                {
                    await sim.DelayAsync(SimTime.Seconds(arrives), c);
                    return "parcel";
                });
                var giveUp = sim.DelayAsync(SimTime.Seconds(patience), race.Token);
                var first = await Task.WhenAny(parcel.Completion, giveUp);
                if (first == parcel.Completion)
                {
                    race.Cancel();
                    output.WriteLine($"{name} got the {await parcel} at {SimTime.Of(sim)}");
                }
                else
                {
                    parcel.Cancel();
                    output.WriteLine($"{name} gave up at {SimTime.Of(sim)}");
                }
            });
        }
        sim.RunUntil(SimTime.Seconds(20));
    }
}
