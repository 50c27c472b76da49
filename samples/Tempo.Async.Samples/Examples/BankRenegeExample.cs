namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Bank Renege" example (examples/bank_renege.py): customers wait for a counter, a <see cref="Resource"/>,
/// until their patience runs out: <c>results = yield req | env.timeout(patience)</c> is
/// <c>await counter.RequestOrTimeoutAsync(patience, ct)</c>, null when they reneged.
/// </summary>
public static class BankRenegeExample
{
    private const int NewCustomers = 5;
    private const double IntervalCustomers = 10.0;
    private const double MinPatience = 1;
    private const double MaxPatience = 3;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Bank renege");
        var random = new PythonRandom(42);
        using var sim = new Simulation();
        var counter = new Resource(sim, "counter", capacity: 1);
        sim.Start("source", async ct =>
        {
            for (var i = 0; i < NewCustomers; i++)
            {
                var name = $"Customer{i:00}";
                _ = sim.Start(name, c => Customer(sim, output, random, name, counter, 12.0, c));
                var t = random.ExpoVariate(1.0 / IntervalCustomers);
                await sim.DelayAsync(Py.Time(t), ct);
            }
        });
        sim.Run();
    }

    private static async Task Customer(Simulation sim, TextWriter output, PythonRandom random, string name, Resource counter, double timeInBank, CancellationToken ct)
    {
        var arrive = Py.Now(sim);
        output.WriteLine($"{Py.F(arrive, 4, 7)} {name}: Here I am");
        var patience = random.Uniform(MinPatience, MaxPatience);
        using var req = await counter.RequestOrTimeoutAsync(Py.Time(patience), ct);
        var wait = Py.Now(sim) - arrive;
        if (req is not null)
        {
            output.WriteLine($"{Py.F(Py.Now(sim), 4, 7)} {name}: Waited {Py.F(wait, 3, 6)}");
            var tib = random.ExpoVariate(1.0 / timeInBank);
            await sim.DelayAsync(Py.Time(tib), ct);
            output.WriteLine($"{Py.F(Py.Now(sim), 4, 7)} {name}: Finished");
        }
        else
        {
            output.WriteLine($"{Py.F(Py.Now(sim), 4, 7)} {name}: RENEGED after {Py.F(wait, 3, 6)}");
        }
    }
}
