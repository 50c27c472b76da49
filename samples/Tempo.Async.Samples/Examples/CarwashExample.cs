namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Carwash" example (examples/carwash.py): cars queue for one of two machines, a <see cref="Resource"/>
/// (<c>with cw.machine.request() as request: yield request</c> is <c>using var request = await
/// machine.RequestAsync(ct)</c>), and wait for the washing process, a line of its own.
/// </summary>
public static class CarwashExample
{
    private const int NumMachines = 2;
    private const int WashTime = 5;
    private const int TInter = 7;
    private const int SimTimeMinutes = 20;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Carwash");
        output.WriteLine("Check out http://youtu.be/fXXmeP9TvBg while simulating ... ;-)");
        var random = new PythonRandom(42);
        using var sim = new Simulation();
        var machine = new Resource(sim, "machine", NumMachines);
        sim.Start("setup", async ct =>
        {
            var i = 0;
            for (; i < 4; i++)
            {
                var name = $"Car {i}";
                _ = sim.Start(name, c => Car(sim, output, random, name, machine, c));
            }
            i--;
            while (true)
            {
                await sim.DelayAsync(Py.Time(random.RandInt(TInter - 2, TInter + 2)), ct);
                i++;
                var name = $"Car {i}";
                _ = sim.Start(name, c => Car(sim, output, random, name, machine, c));
            }
        });
        sim.RunUntil(Py.Time(SimTimeMinutes));
    }

    private static async Task Car(Simulation sim, TextWriter output, PythonRandom random, string name, Resource machine, CancellationToken ct)
    {
        output.WriteLine($"{name} arrives at the carwash at {Py.F(Py.Now(sim), 2)}.");
        using var request = await machine.RequestAsync(ct);
        output.WriteLine($"{name} enters the carwash at {Py.F(Py.Now(sim), 2)}.");
        await sim.Start($"wash {name}", async c =>
        {
            await sim.DelayAsync(Py.Time(WashTime), c);
            output.WriteLine($"Carwash removed {random.RandInt(50, 99)}% of {name}'s dirt.");
        });
        output.WriteLine($"{name} leaves the carwash at {Py.F(Py.Now(sim), 2)}.");
    }
}
