using System.Globalization;
using Tempo.Async;

namespace Tempo.Async.Tests;

/// <summary>
/// SimPy's deterministic documentation examples (SimPy 3.0.11, python-simpy3-doc), ported to Tempo.Async; the
/// printed trace must equal the one in SimPy's documentation, copied to data/simpy/.
/// </summary>
public sealed class SimPyExampleTests
{
    private static TimeSpan T(int units) => TimeSpan.FromSeconds(units);

    private static string At(Simulation sim) => ((int)sim.Now.TotalSeconds).ToString(CultureInfo.InvariantCulture);

    private static string Expected(string file) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "data", "simpy", file)).ReplaceLineEndings("\n");

    [Fact]
    public void Car_ParksAndDrives_PrintsSimPyTrace()
    {
        var output = new StringWriter { NewLine = "\n" };
        using var sim = new Simulation();
        sim.Start("car", async ct =>
        {
            while (true)
            {
                output.WriteLine($"Start parking at {At(sim)}");
                await sim.DelayAsync(T(5), ct);
                output.WriteLine($"Start driving at {At(sim)}");
                await sim.DelayAsync(T(2), ct);
            }
        });

        sim.RunUntil(T(15));

        Assert.Equal(Expected("car.txt"), output.ToString());
        Assert.Equal(T(15), sim.Now);
    }

    [Fact]
    public void CarWithCharging_WaitsForChargeProcess_PrintsSimPyTrace()
    {
        var output = new StringWriter { NewLine = "\n" };
        using var sim = new Simulation();
        sim.Start("car", async ct =>
        {
            while (true)
            {
                output.WriteLine($"Start parking and charging at {At(sim)}");
                await sim.Start("charge", c => sim.DelayAsync(T(5), c));
                output.WriteLine($"Start driving at {At(sim)}");
                await sim.DelayAsync(T(2), ct);
            }
        });

        sim.RunUntil(T(15));

        Assert.Equal(Expected("car_charging.txt"), output.ToString());
    }

    [Fact]
    public void CarInterruptedByDriver_CatchesInterrupt_PrintsSimPyTrace()
    {
        var output = new StringWriter { NewLine = "\n" };
        using var sim = new Simulation();
        var car = sim.Start("car", async ct =>
        {
            while (true)
            {
                output.WriteLine($"Start parking and charging at {At(sim)}");
                try
                {
                    await sim.Start("charge", c => sim.DelayAsync(T(5), c));
                }
                catch (InterruptException)
                {
                    output.WriteLine("Was interrupted. Hope, the battery is full enough ...");
                }
                output.WriteLine($"Start driving at {At(sim)}");
                await sim.DelayAsync(T(2), ct);
            }
        });
        sim.Start("driver", async ct =>
        {
            await sim.DelayAsync(T(3), ct);
            car.Interrupt();
        });

        sim.RunUntil(T(15));

        Assert.Equal(Expected("car_interrupt.txt"), output.ToString());
    }

    [Fact]
    public void BatteryChargingStation_SharedResourceAsSemaphore_PrintsSimPyTrace()
    {
        var output = new StringWriter { NewLine = "\n" };
        using var sim = new Simulation();
        using var bcs = new SemaphoreSlim(2);
        for (var i = 0; i < 4; i++)
        {
            var name = $"Car {i}";
            var drivingTime = T(i * 2);
            sim.Start(name, async ct =>
            {
                await sim.DelayAsync(drivingTime, ct);
                output.WriteLine($"{name} arriving at {At(sim)}");
                // Without a token: with a cancellable one, .NET completes SemaphoreSlim waits on the thread pool.
                await bcs.WaitAsync();
                try
                {
                    output.WriteLine($"{name} starting to charge at {At(sim)}");
                    await sim.DelayAsync(T(5), ct);
                    output.WriteLine($"{name} leaving the bcs at {At(sim)}");
                }
                finally
                {
                    bcs.Release();
                }
            });
        }

        sim.Run();

        Assert.Equal(Expected("bcs.txt"), output.ToString());
    }

    [Fact]
    public void School_PupilsWaitForTheBellEvent_PrintsSimPyTrace()
    {
        // SimPy's topical guide on events: the bell replaces the event after each ring; pupils wait for whichever
        // event is current when they resume.
        var output = new StringWriter { NewLine = "\n" };
        using var sim = new Simulation();
        var classEnds = sim.CreateEvent("class ends");
        for (var i = 0; i < 3; i++)
        {
            sim.Start($"pupil {i}", async ct =>
            {
                for (var lesson = 0; lesson < 2; lesson++)
                {
                    output.Write(" \\o/");
                    await classEnds.WaitAsync(ct);
                }
            });
        }
        sim.Start("bell", async ct =>
        {
            for (var ring = 0; ring < 2; ring++)
            {
                await sim.DelayAsync(T(45), ct);
                classEnds.Set();
                classEnds = sim.CreateEvent("class ends");
                output.WriteLine();
            }
        });

        sim.Run();

        Assert.Equal(Expected("school.txt"), output.ToString());
        Assert.Equal(T(90), sim.Now);
    }

    [Fact]
    public async Task ProcessesAreEventsToo_ParentGetsTheSubProcessResult()
    {
        // SimPy: env.run(env.process(parent(env))) prints 23.
        using var sim = new Simulation();
        var parent = sim.Start("parent", async ct =>
        {
            return await sim.Start("sub", async c =>
            {
                await sim.DelayAsync(T(1), c);
                return 23;
            });
        });

        sim.RunUntil(parent.Completion);

        Assert.Equal(23, await parent);
        Assert.Equal(T(1), sim.Now);
    }
}
