namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Gas Station Refueling" example (examples/gas_station_refuel.py): cars queue for two pumps, a
/// <see cref="Resource"/>, and take fuel from the station's reservoir, a <see cref="Container"/>, which a tank truck
/// refills when the level falls below a threshold.
/// </summary>
public static class GasStationRefuelExample
{
    private const double GasStationSize = 200;
    private const double Threshold = 10;
    private const int FuelTankSize = 50;
    private const double RefuelingSpeed = 2;
    private const double TankTruckTime = 300;
    private const double SimTimeSeconds = 1000;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Gas Station refuelling");
        var random = new PythonRandom(42);
        using var sim = new Simulation();
        var gasStation = new Resource(sim, "gas station", capacity: 2);
        var fuelPump = new Container(sim, "fuel pump", GasStationSize, initial: GasStationSize);
        sim.Start("gas station control", async ct =>
        {
            while (true)
            {
                if (fuelPump.Level / fuelPump.Capacity * 100 < Threshold)
                {
                    output.WriteLine($"Calling tank truck at {Py.D(Py.Now(sim))}");
                    await sim.Start("tank truck", c => TankTruck(sim, output, fuelPump, c));
                }
                await sim.DelayAsync(Py.Time(10), ct);
            }
        });
        sim.Start("car generator", async ct =>
        {
            for (var i = 0; ; i++)
            {
                await sim.DelayAsync(Py.Time(random.RandInt(30, 300)), ct);
                var name = $"Car {i}";
                _ = sim.Start(name, c => Car(sim, output, random, name, gasStation, fuelPump, c));
            }
        });
        sim.RunUntil(Py.Time(SimTimeSeconds));
    }

    private static async Task Car(Simulation sim, TextWriter output, PythonRandom random, string name, Resource gasStation, Container fuelPump, CancellationToken ct)
    {
        var fuelTankLevel = random.RandInt(5, 25);
        output.WriteLine($"{name} arriving at gas station at {Py.F(Py.Now(sim), 1)}");
        var start = Py.Now(sim);
        using var request = await gasStation.RequestAsync(ct);
        var litersRequired = FuelTankSize - fuelTankLevel;
        await fuelPump.GetAsync(litersRequired, ct);
        await sim.DelayAsync(Py.Time(litersRequired / RefuelingSpeed), ct);
        output.WriteLine($"{name} finished refueling in {Py.F(Py.Now(sim) - start, 1)} seconds.");
    }

    private static async Task TankTruck(Simulation sim, TextWriter output, Container fuelPump, CancellationToken ct)
    {
        await sim.DelayAsync(Py.Time(TankTruckTime), ct);
        output.WriteLine($"Tank truck arriving at time {Py.D(Py.Now(sim))}");
        var amount = fuelPump.Capacity - fuelPump.Level;
        output.WriteLine($"Tank truck refuelling {Py.F(amount, 1)} liters.");
        await fuelPump.PutAsync(amount, ct);
    }
}
