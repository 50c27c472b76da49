namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Process Communication" example (examples/process_communication.py): a generator sends messages to one
/// consumer through a <see cref="Store{T}"/>, then to two through a broadcast pipe, one store per consumer.
/// </summary>
public static class ProcessCommunicationExample
{
    private const double SimTimeUnits = 100;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Process communication");
        var random = new PythonRandom(42);
        using (var sim = new Simulation())
        {
            var pipe = new Store<(double At, string Text)>(sim, "pipe");
            sim.Start("Generator A", ct => MessageGenerator("Generator A", sim, random, [pipe], ct));
            sim.Start("Consumer A", ct => MessageConsumer("Consumer A", sim, output, random, pipe, ct));
            output.WriteLine("\nOne-to-one pipe communication\n");
            sim.RunUntil(Py.Time(SimTimeUnits));
        }
        using (var sim = new Simulation())
        {
            var pipes = new List<Store<(double At, string Text)>>();
            sim.Start("Generator A", ct => MessageGenerator("Generator A", sim, random, pipes, ct));
            foreach (var consumer in new[] { "Consumer A", "Consumer B" })
            {
                var pipe = new Store<(double At, string Text)>(sim, $"pipe to {consumer}");
                pipes.Add(pipe);
                sim.Start(consumer, ct => MessageConsumer(consumer, sim, output, random, pipe, ct));
            }
            output.WriteLine("\nOne-to-many pipe communication\n");
            sim.RunUntil(Py.Time(SimTimeUnits));
        }
    }

    private static async Task MessageGenerator(string name, Simulation sim, PythonRandom random, IReadOnlyList<Store<(double At, string Text)>> pipes, CancellationToken ct)
    {
        while (true)
        {
            await sim.DelayAsync(Py.Time(random.RandInt(6, 10)), ct);
            var message = (Py.Now(sim), $"{name} says hello at {Py.D(Py.Now(sim))}");
            foreach (var pipe in pipes)
            {
                pipe.TryPut(message);
            }
        }
    }

    private static async Task MessageConsumer(string name, Simulation sim, TextWriter output, PythonRandom random, Store<(double At, string Text)> pipe, CancellationToken ct)
    {
        while (true)
        {
            var (at, text) = await pipe.GetAsync(ct);
            output.WriteLine(at < Py.Now(sim)
                ? $"LATE Getting Message: at time {Py.D(Py.Now(sim))}: {name} received message: {text}"
                : $"at time {Py.D(Py.Now(sim))}: {name} received message: {text}.");
            await sim.DelayAsync(Py.Time(random.RandInt(4, 8)), ct);
        }
    }
}
