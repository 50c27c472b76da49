using System.Globalization;
using Tempo.Async;

namespace Tempo.Soccer;

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
        var (world, trace) = Simulate(play, seed, options.Sequential, options.RecordTrace, scripts);
        string? explanation = null;
        if (options.Sequential && options.Explain)
        {
            var (concurrent, _) = Simulate(play, seed, false, false, scripts);
            explanation = SequentialExplanation.Explain(world, concurrent);
        }
        return new PlayResult(play, seed, options.Sequential, world, trace, explanation);
    }

    /// <summary>Only the outcome and the event log: what a sweep needs.</summary>
    internal static World SimulateOutcome(Play play, int seed, IReadOnlyDictionary<int, PlayScript>? scripts, bool sequential = false) =>
        Simulate(play, seed, sequential, false, scripts, recordFrames: false).World;

    private static (World World, Tempo.Timeline.Trace Trace) Simulate(Play play, int seed, bool sequential, bool recordTrace, IReadOnlyDictionary<int, PlayScript>? scripts, bool recordFrames = true)
    {
        using var simulation = new Simulation(new SimulationOptions
        {
            Seed = seed,
            Name = $"{play.Name} (seed {seed.ToString(CultureInfo.InvariantCulture)}{(sequential ? ", sequential" : "")})",
            RecordTrace = recordTrace,
        });
        // One line at a time stretches the timeline: give it room to play out, or the whistle would be the only story.
        var world = new World(sequential ? play with { Horizon = play.Horizon * SequentialHorizonFactor } : play, simulation.Random, recordFrames);
        var context = new PlayContext(simulation, world);
        // The ball's line starts first so that the players who only watch can await it instead of re-checking a condition at every step.
        var ball = simulation.Start("ball", ct => BallAsync(context, ct));
        context.Ball = ball;
        // Sequentially the attack's scripted lines take turns (Tempo.Async's sequential mode, on a scope): each runs to
        // completion before the next starts. The opponents are not the attack's program: they go on concurrently.
        var attack = sequential ? simulation.OpenScope(world.Play.AttackName, ExecutionMode.Sequential) : null;
        foreach (var (state, body) in PlayerLines(play, world, context, scripts))
        {
            var scripted = state.Id.Side == Side.Attack && HasScript(play, state, scripts);
            var idle = state.Id.Side == Side.Attack && !scripted;
            Func<CancellationToken, Task> run = idle ? async ct => await ball : body;
            if (attack is not null && scripted)
            {
                context.Register(state, attack.Start(state.Id.ToString(), run));
            }
            else
            {
                context.Register(state, simulation.Start(state.Id.ToString(), run));
            }
        }
        try
        {
            simulation.Run();
        }
        catch (DeadlockException e)
        {
            world.Abandon("deadlock", "deadlock: " + string.Join("; ", e.WaitForList.Select(w => $"{w.Line} waits for {w.WaitingFor}")));
        }
        world.AdvanceTo(simulation.Now.TotalSeconds);
        world.Abandon("horizon", $"nothing decided the play within {world.Play.Horizon.ToString("0.#", CultureInfo.InvariantCulture)} s");
        world.CloseAll();
        return (world, simulation.Trace);
    }

    /// <summary>
    /// The players' lines in start order, which is also the order the attack's lines take turns sequentially: the
    /// ball holder, the other scripted attackers as the play lists them, the defence, the rest.
    /// </summary>
    private static IEnumerable<(PlayerState State, Func<CancellationToken, Task> Body)> PlayerLines(Play play, World world, PlayContext context, IReadOnlyDictionary<int, PlayScript>? scripts)
    {
        var attackers = world.Players.Where(p => p.Id.Side == Side.Attack).ToList();
        var scripted = attackers.Where(p => HasScript(play, p, scripts))
            .OrderBy(p => p.Id.Number == play.BallHolder ? 0 : 1).ToList();
        foreach (var p in scripted)
        {
            var player = new Player(context, p, play.Patience);
            PlayScript script = scripts is not null && scripts.TryGetValue(p.Id.Number, out var s) ? s : Interpret(p.Spec.Actions);
            yield return (p, ct => Guarded(context, p, () => script(player, ct)));
        }
        foreach (var p in world.Players.Where(p => p.Id.Side == Side.Defence))
        {
            var player = new Player(context, p, play.Patience);
            yield return (p, p.Spec.Role == Role.Goalkeeper
                ? ct => Guarded(context, p, () => player.KeepGoalAsync(ct))
                : ct => Guarded(context, p, () => player.DefendAsync(p.Spec.Behaviour, p.Spec.MarkTarget, ct)));
        }
        foreach (var p in attackers.Except(scripted))
        {
            yield return (p, ct => Guarded(context, p, () => context.WaitAsync("the end of the play", () => false, double.PositiveInfinity, ct)));
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
    public static PlayScript Interpret(IReadOnlyList<PlayAction> actions) => async (player, ct) =>
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
            context.World.EndActivity(state);
        }
    }
}
