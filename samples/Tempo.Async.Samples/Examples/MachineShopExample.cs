namespace Tempo.Async.Samples;

/// <summary>
/// SimPy's "Machine Shop" example (examples/machine_shop.py): machines break down and need the repairman, a
/// <see cref="PreemptiveResource"/>; a machine's request (priority 1) preempts his other jobs (priority 2), which get
/// an <see cref="InterruptException"/> whose cause is <see cref="Preempted"/>.
/// </summary>
public static class MachineShopExample
{
    private const double PtMean = 10.0;
    private const double PtSigma = 2.0;
    private const double Mttf = 300.0;
    private const double BreakMean = 1 / Mttf;
    private const double RepairTime = 30.0;
    private const double JobDuration = 30.0;
    private const int NumMachines = 10;
    private const int Weeks = 4;
    private const double SimTimeMinutes = Weeks * 7 * 24 * 60;

    /// <summary>Runs the example, writing what the SimPy original prints.</summary>
    public static void Run(TextWriter output)
    {
        output.WriteLine("Machine shop");
        var random = new PythonRandom(42);
        using var sim = new Simulation();
        var repairman = new PreemptiveResource(sim, "repairman", capacity: 1);
        var machines = Enumerable.Range(0, NumMachines).Select(i => new Machine(sim, random, $"Machine {i}", repairman)).ToList();
        sim.Start("other jobs", ct => OtherJobs(sim, repairman, ct));
        sim.RunUntil(Py.Time(SimTimeMinutes));
        output.WriteLine($"Machine shop results after {Weeks} weeks");
        foreach (var machine in machines)
        {
            output.WriteLine($"{machine.Name} made {machine.PartsMade} parts.");
        }
    }

    private static async Task OtherJobs(Simulation sim, PreemptiveResource repairman, CancellationToken ct)
    {
        while (true)
        {
            var doneIn = JobDuration;
            while (doneIn != 0)
            {
                // Retry the job until it is done; its priority is lower than that of machine repairs.
                using var request = await repairman.RequestAsync(priority: 2, cancellationToken: ct);
                var start = Py.Now(sim);
                try
                {
                    await sim.DelayAsync(Py.Time(doneIn), ct);
                    doneIn = 0;
                }
                catch (InterruptException)
                {
                    doneIn -= Py.Now(sim) - start;
                }
            }
        }
    }

    private sealed class Machine
    {
        private readonly Simulation _sim;
        private readonly PythonRandom _random;
        private readonly LineOfControl _working;
        private bool _broken;

        public Machine(Simulation sim, PythonRandom random, string name, PreemptiveResource repairman)
        {
            _sim = sim;
            _random = random;
            Name = name;
            _working = sim.Start(name, ct => WorkingAsync(repairman, ct));
            sim.Start($"{name} breaking", BreakMachineAsync);
        }

        public string Name { get; }

        public int PartsMade { get; private set; }

        private async Task WorkingAsync(PreemptiveResource repairman, CancellationToken ct)
        {
            while (true)
            {
                var doneIn = _random.NormalVariate(PtMean, PtSigma);
                while (doneIn != 0)
                {
                    var start = Py.Now(_sim);
                    try
                    {
                        await _sim.DelayAsync(Py.Time(doneIn), ct);
                        doneIn = 0;
                    }
                    catch (InterruptException)
                    {
                        _broken = true;
                        doneIn -= Py.Now(_sim) - start;
                        // Request the repairman: this preempts his other job.
                        using (await repairman.RequestAsync(priority: 1, cancellationToken: ct))
                        {
                            await _sim.DelayAsync(Py.Time(RepairTime), ct);
                        }
                        _broken = false;
                    }
                }
                PartsMade++;
            }
        }

        private async Task BreakMachineAsync(CancellationToken ct)
        {
            while (true)
            {
                await _sim.DelayAsync(Py.Time(_random.ExpoVariate(BreakMean)), ct);
                if (!_broken)
                {
                    _working.Interrupt();
                }
            }
        }
    }
}
