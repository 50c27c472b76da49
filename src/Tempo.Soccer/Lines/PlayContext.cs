using Tempo.Async;
using Tempo.Soccer.Engine;

namespace Tempo.Soccer.Lines;

/// <summary>What every line of control of one run shares: the runtime, the world and how waits are made.</summary>
internal sealed class PlayContext(Simulation simulation, World world, TraceNotes? notes)
{
    private readonly Dictionary<PlayerState, LineOfControl> _lines = [];

    /// <summary>How often the ball's line re-judges the world.</summary>
    public const double Tick = 0.1;

    public Simulation Simulation { get; } = simulation;

    public World World { get; } = world;

    public double Now => Simulation.Now.TotalSeconds;

    public void Sync() => World.AdvanceTo(Now);

    /// <summary>
    /// Waits until <paramref name="done"/> holds (true), or the play is over or <paramref name="patience"/>
    /// seconds pass (false; <see cref="World.Over"/> tells which). The runtime re-checks the condition after
    /// every step (the ball's line ticks at least every <see cref="Tick"/>). A wait is not on the clock, so in
    /// the sequential attack it passes the turn to the next line. No exceptions: every line ends every play through here.
    /// </summary>
    public Task<bool> WaitAsync(string what, Func<bool> done, double patience, PlayerState? about, CancellationToken cancellationToken) =>
        UntilAsync(what, done, patience, busy: false, about is null ? Ball : LineOf(about), cancellationToken);

    /// <summary>The ball's line: what a wait is credited to when no teammate's doing ends it (the ball arriving, the play ending).</summary>
    public LineOfControl? Ball { get; set; }

    /// <summary>Records a player's line, so that a wait on him is drawn as a link from it.</summary>
    public void Register(PlayerState player, LineOfControl line) => _lines[player] = line;

    private LineOfControl? LineOf(PlayerState player) => _lines.TryGetValue(player, out var line) ? line : Ball;

    /// <summary>Records on the player's line an act that takes no time (a pass played, a shot struck), when the run is traced.</summary>
    public void Note(PlayerState player, string what)
    {
        if (notes is not null && _lines.TryGetValue(player, out var line))
        {
            notes.Add(line.Trace, Now, what);
        }
    }

    /// <summary>
    /// The player is busy with his own action (a run, a dribble) until <paramref name="done"/> holds or the play is over:
    /// a running span in the trace, and in the sequential attack he keeps the turn while he runs.
    /// </summary>
    public Task<bool> WorkAsync(string what, Func<bool> done, CancellationToken cancellationToken) =>
        UntilAsync(what, done, double.PositiveInfinity, busy: true, null, cancellationToken);

    private async Task<bool> UntilAsync(string what, Func<bool> done, double patience, bool busy, LineOfControl? cause, CancellationToken cancellationToken)
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
        var satisfied = false;
        bool Ends()
        {
            Sync();
            satisfied = !World.Over && done();
            return satisfied || World.Over || Now >= deadline - 1e-9;
        }
        await (busy ? Simulation.WorkUntilAsync(what, Ends, cancellationToken)
            : cause is null ? Simulation.WaitUntilAsync(what, Ends, cancellationToken)
            : Simulation.WaitUntilAsync(what, Ends, cause, cancellationToken));
        Sync();
        return !World.Over && (satisfied || done());
    }

    /// <summary>Lets virtual time pass while a player keeps doing <paramref name="activity"/> (the runtime's allocation-free busy sleep, a running span); follow it with <see cref="AdvanceAndCheckInPlay"/>.</summary>
    public SleepAwaitable ActAsync(double seconds, string activity, CancellationToken cancellationToken) =>
        Simulation.BusyAsync(TimeSpan.FromSeconds(seconds), activity, cancellationToken);

    /// <summary>Lets virtual time pass for one line (the runtime's allocation-free sleep); follow it with <see cref="AdvanceAndCheckInPlay"/>.</summary>
    public SleepAwaitable PauseAsync(double seconds, CancellationToken cancellationToken) =>
        Simulation.SleepAsync(TimeSpan.FromSeconds(seconds), cancellationToken);

    /// <summary>Brings the world up to now; false once the play is over (no exception: defenders end every play this way).</summary>
    public bool AdvanceAndCheckInPlay()
    {
        Sync();
        return !World.Over;
    }
}
