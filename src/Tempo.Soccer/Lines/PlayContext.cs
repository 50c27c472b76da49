using Tempo.Async;

namespace Tempo.Soccer;

/// <summary>What every line of control of one run shares: the runtime, the world and how waits are made.</summary>
internal sealed class PlayContext(Simulation simulation, World world, bool sequential)
{
    /// <summary>How often the ball's line re-judges the world, and how often a waiting line looks again in sequential mode.</summary>
    public const double Tick = 0.1;

    public Simulation Simulation { get; } = simulation;

    public World World { get; } = world;

    public bool Sequential { get; } = sequential;

    public double Now => Simulation.Now.TotalSeconds;

    public void Sync() => World.AdvanceTo(Now);

    /// <summary>
    /// Waits until <paramref name="done"/> holds (true), or the play is over or <paramref name="patience"/>
    /// seconds pass (false; <see cref="World.Over"/> tells which). Concurrently the runtime re-checks the
    /// condition after every step (the ball's line ticks); sequentially no other line runs, so the line
    /// itself looks again every tick. No exceptions: every line ends every play through here.
    /// </summary>
    public async Task<bool> WaitAsync(string what, Func<bool> done, double patience, CancellationToken cancellationToken)
    {
        var deadline = Now + patience;
        Sync();
        if (World.Over)
        {
            return false;
        }
        if (done())
        {
            return true;
        }
        if (Sequential)
        {
            while (true)
            {
                await Simulation.SleepAsync(TimeSpan.FromSeconds(Tick), cancellationToken);
                Sync();
                if (World.Over)
                {
                    return false;
                }
                if (done())
                {
                    return true;
                }
                if (Now >= deadline - 1e-9)
                {
                    return false;
                }
            }
        }
        var satisfied = false;
        await Simulation.WaitUntilAsync(what, () =>
        {
            Sync();
            satisfied = !World.Over && done();
            return satisfied || World.Over || Now >= deadline - 1e-9;
        }, cancellationToken);
        Sync();
        return !World.Over && (satisfied || done());
    }

    /// <summary>Lets virtual time pass for one line (the runtime's allocation-free sleep); follow it with <see cref="Continues"/>.</summary>
    public SleepAwaitable PauseAsync(double seconds, CancellationToken cancellationToken) =>
        Simulation.SleepAsync(TimeSpan.FromSeconds(seconds), cancellationToken);

    /// <summary>Brings the world up to now; false once the play is over (no exception: defenders end every play this way).</summary>
    public bool Continues()
    {
        Sync();
        return !World.Over;
    }
}
