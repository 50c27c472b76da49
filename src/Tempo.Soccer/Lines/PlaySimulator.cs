using System.Globalization;
using Tempo.Async;
using Tempo.Soccer.Actions;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Lines;

/// <summary>
/// Runs a play on the Tempo.Async runtime: every player (attackers, defenders, goalkeepers) and the
/// ball is its own line of control on one deterministic virtual clock.
/// </summary>
public static class PlaySimulator
{
    /// <summary>A sequential run may last this many times the play's horizon.</summary>
    public const int SequentialHorizonFactor = 3;

    /// <summary>Runs a play with each scripted attacker following his play-file actions.</summary>
    public static PlayResult Run(Play play, RunOptions? options = null) => Run(play, options, null);

    /// <summary>Runs a play; <paramref name="scripts"/> replaces the play-file actions of the attackers it names (by shirt number).</summary>
    public static PlayResult Run(Play play, RunOptions? options, IReadOnlyDictionary<int, PlayScript>? scripts)
    {
        ArgumentNullException.ThrowIfNull(play);
        options ??= new RunOptions();
        var seed = options.Seed ?? play.Seed;
        var (world, trace) = Simulate(play, seed, options.Sequential, true, scripts);
        string? explanation = null;
        if (options.Sequential && options.Explain)
        {
            var (concurrentWorld, concurrentTrace) = Simulate(play, seed, false, true, scripts);
            explanation = SequentialExplanation.Explain(new PlayLines(world, trace), new PlayLines(concurrentWorld, concurrentTrace));
        }
        return new PlayResult(play, seed, options.Sequential, world, trace, explanation);
    }

    /// <summary>Only the outcome and the event log: what a sweep needs.</summary>
    internal static World SimulateOutcome(Play play, int seed, IReadOnlyDictionary<int, PlayScript>? scripts, bool sequential = false) =>
        Simulate(play, seed, sequential, false, scripts, recordDetail: false).World;

    private static (World World, Tempo.Timeline.Trace Trace) Simulate(Play play, int seed, bool sequential, bool recordTrace, IReadOnlyDictionary<int, PlayScript>? scripts, bool recordDetail = true)
    {
        using var simulation = new Simulation(new SimulationOptions
        {
            Seed = seed,
            Name = $"{play.Name} (seed {seed.ToString(CultureInfo.InvariantCulture)}{(sequential ? ", sequential" : "")})",
            RecordTrace = recordTrace,
        });
        // One line at a time stretches the timeline: give it room to play out, or the whistle would be the only story.
        var notes = recordTrace ? new TraceNotes(simulation.Trace) : null;
        var world = new World(sequential ? play with { Horizon = play.Horizon * SequentialHorizonFactor } : play, simulation.Random, recordDetail, notes is null ? null : notes.BallChanged);
        var context = new PlayContext(simulation, world, notes);
        var ball = simulation.Start("ball", ct => BallAsync(context, ct));
        context.Ball = ball;
        notes?.Ball = ball.Trace;
        // Sequentially the attack's scripted lines take turns (Tempo.Async's sequential mode, on a scope): each runs to
        // completion before the next starts. The opponents are not the attack's program: they go on concurrently.
        var attack = sequential ? simulation.OpenScope(world.Play.AttackName, ExecutionMode.Sequential) : null;
        foreach (var (state, body, takesTurns) in PlayerLines(play, world, context, scripts, ball))
        {
            context.Register(state, attack is not null && takesTurns ? attack.Start(state.Id.ToString(), body) : simulation.Start(state.Id.ToString(), body));
        }
        try
        {
            simulation.Run();
        }
        catch (DeadlockException e)
        {
            world.Abandon("deadlock", "deadlock: " + string.Join("; ", e.WaitForList.Select(w => $"{w.Line} waits for {w.WaitingFor}")));
        }
        // A script that failed in the attack's scope cancelled its siblings there; it must surface as it does concurrently.
        if (attack?.Fault is { } fault)
        {
            throw fault;
        }
        world.AdvanceTo(simulation.Now.TotalSeconds);
        world.Abandon("horizon", $"nothing decided the play within {world.Play.Horizon.ToString("0.#", CultureInfo.InvariantCulture)} s");
        notes?.FlushBall();
        return (world, simulation.Trace);
    }

    /// <summary>
    /// The players' lines in start order, which is also the order the attack's lines take turns sequentially: the
    /// ball holder, the other scripted attackers as the play lists them, the defence, the rest.
    /// </summary>
    private static IEnumerable<(PlayerState State, Func<CancellationToken, Task> Body, bool TakesTurns)> PlayerLines(Play play, World world, PlayContext context, IReadOnlyDictionary<int, PlayScript>? scripts, LineOfControl ball)
    {
        var attackers = world.Players.Where(p => p.Id.Side == Side.Attack).ToList();
        var scripted = attackers.Where(p => HasScript(play, p, scripts))
            .OrderBy(p => p.Id.Number == play.BallHolder ? 0 : 1).ToList();
        foreach (var p in scripted)
        {
            var player = new Player(context, p, play.Patience);
            PlayScript script = scripts is not null && scripts.TryGetValue(p.Id.Number, out var s) ? s : Interpret(p.Spec.Actions);
            yield return (p, ct => Guarded(context, p, () => script(player, ct)), true);
        }
        foreach (var p in world.Players.Where(p => p.Id.Side == Side.Defence))
        {
            var player = new Player(context, p, play.Patience);
            yield return (p, p.Spec.Role == Role.Goalkeeper
                ? ct => Guarded(context, p, () => player.KeepGoalAsync(ct))
                : ct => Guarded(context, p, () => player.DefendAsync(p.Spec.Behaviour, p.Spec.MarkTarget, ct)), false);
        }
        // Attackers without a script only watch: they await the ball's line rather than re-check a condition at every step.
        foreach (var p in attackers.Except(scripted))
        {
            yield return (p, async ct => await ball, false);
        }
    }

    /// <summary>The ball's line: it brings the world (physics and the Laws) up to the clock every tick until the play is decided.</summary>
    private static async Task BallAsync(PlayContext context, CancellationToken cancellationToken)
    {
        while (!context.World.Over)
        {
            await context.ActAsync(PlayContext.Tick, "in play", cancellationToken);
            context.Sync();
        }
    }

    private static bool HasScript(Play play, PlayerState p, IReadOnlyDictionary<int, PlayScript>? scripts) =>
        p.Spec.Actions.Count > 0 || (scripts?.ContainsKey(p.Id.Number) ?? false);

    /// <summary>The interpreter that turns play-file actions into a script.</summary>
    internal static PlayScript Interpret(IReadOnlyList<PlayAction> actions) => async (player, ct) =>
    {
        foreach (var action in actions)
        {
            await player.PerformAsync(action, ct);
        }
    };

    private static async Task Guarded(PlayContext context, PlayerState state, Func<Task> body)
    {
        try
        {
            await body();
        }
        catch (PlayOverException)
        {
            // The play ended (or he gave up): his line ends quietly.
        }
        finally
        {
            context.Sync();
            context.World.Stop(state);
        }
    }
}
