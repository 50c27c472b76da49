using System.Globalization;
using System.Text.RegularExpressions;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;
using Tempo.Timeline;

namespace Tempo.Soccer.Output;

/// <summary>Everything one simulated run of a play produced: outcome, event log, motion, and what every line of control did.</summary>
public sealed class PlayResult
{
    private readonly PlayLines _lines;

    internal PlayResult(Play play, int seed, bool sequential, World world, Trace trace, string? explanation)
    {
        Play = play;
        Seed = seed;
        Sequential = sequential;
        Outcome = world.Outcome ?? throw new InvalidOperationException("the play has not ended");
        Events = world.Events;
        Frames = world.Frames;
        Players = world.Players.Select(p => p.Spec).ToArray();
        Trace = trace;
        Explanation = explanation;
        _lines = new PlayLines(world, trace);
        Phases = ComputePhases();
    }

    /// <summary>The play that ran.</summary>
    public Play Play { get; }

    /// <summary>The seed of the run's random source.</summary>
    public int Seed { get; }

    /// <summary>Whether the attack's lines took turns.</summary>
    public bool Sequential { get; }

    /// <summary>How the play ended.</summary>
    public PlayOutcome Outcome { get; }

    /// <summary>The event log, in time order.</summary>
    public IReadOnlyList<PlayEvent> Events { get; }

    /// <summary>Everyone's position every 0.1 virtual seconds (and at the end).</summary>
    public IReadOnlyList<Frame> Frames { get; }

    /// <summary>The players, in the order of <see cref="Frame.Players"/>.</summary>
    public IReadOnlyList<PlayerSpec> Players { get; }

    /// <summary>The ball's line and every player's line that did more than stand by, as the trace recorded them.</summary>
    public IReadOnlyList<LineOfControlTrace> Lines => _lines.Shown;

    /// <summary>The runtime's record of every line of control (running / waiting / done), for timelines and Chrome traces.</summary>
    public Trace Trace { get; }

    /// <summary>For a sequential run: one line saying why the outcome differs from the concurrent one.</summary>
    public string? Explanation { get; }

    /// <summary>The play cut at each completed pass, like the chapter's three figures.</summary>
    public IReadOnlyList<PlayPhase> Phases { get; }

    /// <summary>One line: the outcome.</summary>
    public string FormatOutcome()
    {
        var o = Outcome;
        var mode = Sequential ? $"sequential: {Play.AttackName} one line at a time" : "concurrent";
        var head = o.Goal
            ? string.Create(CultureInfo.InvariantCulture, $"GOAL for {o.Team}: {o.Scorer} scores after {o.Seconds:0.00} s")
            : string.Create(CultureInfo.InvariantCulture, $"no goal: {o.Reason} after {o.Seconds:0.00} s");
        return $"{Play.Name} (seed {Seed}, {mode}): {head}";
    }

    /// <summary>
    /// The step table: one row per moment a line of control changed what it does, one column per
    /// line that acted (the ball's line first), like the chess solution table. A cell shows the line's instant acts
    /// (a pass, the ball changing hands) and then the span that begins there.
    /// </summary>
    public string FormatStepTable(int columnWidth = 32) => StepTableRenderer.Render(Trace, new StepTableOptions
    {
        Lines = [.. Lines.Select(l => l.Id)],
        Until = _lines.End,
        EventsInLines = true,
        ShowEvents = false,
        MaxCellWidth = columnWidth,
        RuleSeparator = "-+-",
        FormatTime = static t => t.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
        DescribeSpan = (line, span) => line == _lines.Ball.Id ? "" : span.State switch
        {
            SpanState.Running => span.Label ?? "",
            SpanState.Waiting => "wait: " + span.Label,
            _ => "",
        },
    });

    /// <summary>
    /// What a line did, span by span, for the JSON and HTML views: the ball's states each until the next; a player's
    /// instant acts as empty running spans among his running and waiting spans.
    /// </summary>
    internal IEnumerable<(double Start, double End, string Label, bool Waiting)> ViewSpans(LineOfControlTrace line)
    {
        var acts = _lines.EventsOf(line).Where(e => e.Time <= _lines.End).ToList();
        if (line == _lines.Ball)
        {
            for (var i = 0; i < acts.Count; i++)
            {
                yield return (acts[i].Time.TotalSeconds, (i + 1 < acts.Count ? acts[i + 1].Time : _lines.End).TotalSeconds, acts[i].Name, false);
            }
            yield break;
        }
        var spans = _lines.SpansOf(line).ToList();
        var k = 0;
        foreach (var act in acts)
        {
            for (; k < spans.Count && spans[k].Start < act.Time; k++)
            {
                yield return View(spans[k]);
            }
            yield return (act.Time.TotalSeconds, act.Time.TotalSeconds, act.Name, false);
        }
        for (; k < spans.Count; k++)
        {
            yield return View(spans[k]);
        }

        static (double, double, string, bool) View(TimelineSpan s) => (s.Start.TotalSeconds, s.End.TotalSeconds, s.Label ?? "", s.State == SpanState.Waiting);
    }

    private List<PlayPhase> ComputePhases()
    {
        var cuts = Events.Where(e => e.Type == PlayEventType.BallReceipt && e.Player?.Side == Side.Attack).Select(e => e.Time).ToList();
        // Like Figure 1.5, the last phase is the wait, the final pass and the finish: when the last reception
        // only leads to a shot, cut where the passer started waiting for the scorer instead.
        if (cuts.Count >= 2 && !Events.Any(e => e.Type == PlayEventType.Pass && e.Time >= cuts[^1]))
        {
            var lastPass = Events.Last(e => e.Type == PlayEventType.Pass && e.Time < cuts[^1]);
            var previous = cuts[^2];
            var passer = lastPass.Player is { } id ? _lines.Of(id) : null;
            var wait = passer is null ? null : _lines.SpansOf(passer)
                .Where(w => w.State == SpanState.Waiting && w.Label != "its turn" && w.Start.TotalSeconds > previous && w.Start.TotalSeconds <= lastPass.Time)
                .Select(w => (double?)w.Start.TotalSeconds).FirstOrDefault();
            cuts[^1] = wait ?? lastPass.Time;
        }
        var bounds = new List<double> { 0 };
        bounds.AddRange(cuts.Where(t => t > 0));
        bounds.Add(Outcome.Seconds);
        var phases = new List<PlayPhase>();
        for (var i = 0; i + 1 < bounds.Count; i++)
        {
            var (start, end) = (bounds[i], bounds[i + 1]);
            if (end <= start && i + 2 < bounds.Count)
            {
                continue;
            }
            phases.Add(new PlayPhase(phases.Count + 1, start, end, Caption(start, end, i + 2 == bounds.Count)));
        }
        return phases;
    }

    private string Caption(double start, double end, bool last)
    {
        var events = Events.Where(e => e.Time >= start - 1e-9 && (e.Time < end - 1e-9 || (last && e.Time <= end + 1e-9))
                && e.Type is PlayEventType.Pass or PlayEventType.Dribble or PlayEventType.Shot or PlayEventType.Goal or PlayEventType.Interception or PlayEventType.Save or PlayEventType.Duel or PlayEventType.Offside or PlayEventType.Out or PlayEventType.Block)
            .Select(e => (e.Time, e.Text)).ToList();
        var key = KeyDribbles(start, end, events).Concat(events).OrderBy(k => k.Time).Select(k => k.Text).ToList();
        // "#10 beats opp#6 in a duel" twice in a row reads as a stutter: say it once, with the count.
        key = key.Select((text, i) => (text, i)).Where(x => x.i == 0 || key[x.i - 1] != x.text)
            .Select(x => key.Skip(x.i).TakeWhile(t => t == x.text).Count() is var n and > 1 ? $"{x.text} ({(n == 2 ? "twice" : $"{n} times")})" : x.text).ToList();
        var first = FrameAt(start);
        var final = FrameAt(end);
        var holders = Frames.Where(f => f.Time > start + 0.15 && f.Time <= end + 1e-9).Select(f => f.Holder).ToHashSet();
        var runners = new List<string>();
        for (var i = 0; i < Players.Count; i++)
        {
            if (Players[i].Id.Side == Side.Attack && !holders.Contains(i) && final.Players[i].DistanceTo(first.Players[i]) > 3)
            {
                runners.Add(Players[i].Id.ToString());
            }
        }
        var text = key.Count == 0 ? "play goes on" : string.Join("; ", key);
        return runners.Count == 0 ? text : $"{text} — while {string.Join(", ", runners)} {(runners.Count == 1 ? "runs" : "run")}";
    }

    /// <summary>
    /// A scripted dribble past a defender that begins in the phase is a key event even when no duel came of it (the
    /// defender never closed in): "#10 dribbles past opp#2", unless an event of the phase already names that defender.
    /// </summary>
    private IEnumerable<(double Time, string Text)> KeyDribbles(double start, double end, List<(double Time, string Text)> events)
    {
        var said = new HashSet<(PlayerId, string)>();
        foreach (var id in _lines.Players.Where(p => p.Side == Side.Attack))
        {
            if (_lines.Of(id) is not { } line)
            {
                continue;
            }
            foreach (var span in _lines.SpansOf(line))
            {
                var at = span.Start.TotalSeconds;
                if (span.State == SpanState.Running && span.Label is { } label && label.StartsWith("dribble past ", StringComparison.Ordinal)
                    && at >= start - 1e-9 && at < end - 1e-9)
                {
                    var defender = label["dribble past ".Length..];
                    if (said.Add((id, defender)) && !events.Any(e => Regex.IsMatch(e.Text, Regex.Escape(defender) + @"(?!\d)")))
                    {
                        yield return (at, $"{id} dribbles past {defender}");
                    }
                }
            }
        }
    }

    /// <summary>Where a player stands in <see cref="Players"/> (and in every <see cref="Frame.Players"/>), or -1.</summary>
    public int IndexOf(PlayerId id)
    {
        for (var i = 0; i < Players.Count; i++)
        {
            if (Players[i].Id == id)
            {
                return i;
            }
        }
        return -1;
    }

    /// <summary>The recorded frame nearest to a time.</summary>
    public Frame FrameAt(double time)
    {
        var best = Frames[0];
        foreach (var f in Frames)
        {
            if (Math.Abs(f.Time - time) < Math.Abs(best.Time - time))
            {
                best = f;
            }
        }
        return best;
    }
}
