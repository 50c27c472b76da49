using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;
using Tempo.Timeline;

namespace Tempo.Soccer.Output;

/// <summary>
/// One run's lines of control as the runtime's trace recorded them, seen by player: whose line is which, which lines
/// did something worth showing, and what each did up to the end of the play. Every view of a play reads lines here.
/// </summary>
internal sealed class PlayLines
{
    /// <summary>
    /// What a line does when it only stands by (an attacker without a script awaits the ball's line, "ball"): a line
    /// that never does more is left out of the views.
    /// </summary>
    private static readonly HashSet<string> Idle = new(StringComparer.Ordinal)
    {
        "watch the ball", "hold position", "keep position", "guard zone", "read the play", "its turn", "a task", "ball",
    };

    private readonly Dictionary<PlayerId, LineOfControlTrace> _byPlayer = [];
    private readonly List<TimelineEvent>[] _eventsOf;

    public PlayLines(World world, Trace trace)
    {
        Trace = trace;
        Outcome = world.Outcome ?? throw new InvalidOperationException("the play has not ended");
        AttackName = world.Play.AttackName;
        End = ToTime(Outcome.Seconds);
        Players = world.Players.Select(p => p.Id).ToArray();
        _eventsOf = new List<TimelineEvent>[trace.Lines.Count];
        for (var i = 0; i < _eventsOf.Length; i++)
        {
            _eventsOf[i] = [];
        }
        foreach (var e in trace.Events)
        {
            _eventsOf[e.LineId].Add(e);
        }
        foreach (var line in trace.Lines)
        {
            if (line.Name == "ball")
            {
                Ball = line;
            }
        }
        foreach (var id in Players)
        {
            var name = id.ToString();
            if (trace.Lines.FirstOrDefault(l => l.Name == name) is { } line)
            {
                _byPlayer[id] = line;
            }
        }
        Ball ??= trace.Lines[0];
        Shown = [Ball, .. Players.Where(HasActed).OrderBy(p => p.Side).ThenBy(p => p.Number).Select(p => _byPlayer[p])];
    }

    public Trace Trace { get; }

    public PlayOutcome Outcome { get; }

    public string AttackName { get; }

    /// <summary>When the play ended; the runtime's lines go on to the ball's next tick, which no view shows.</summary>
    public TimeSpan End { get; }

    /// <summary>The players, in play order.</summary>
    public IReadOnlyList<PlayerId> Players { get; }

    public LineOfControlTrace Ball { get; }

    /// <summary>The ball's line, then the line of every player who did more than stand by, by side and number.</summary>
    public IReadOnlyList<LineOfControlTrace> Shown { get; }

    public LineOfControlTrace? Of(PlayerId id) => _byPlayer.GetValueOrDefault(id);

    /// <summary>The instant events on a line, in time order.</summary>
    public IReadOnlyList<TimelineEvent> EventsOf(LineOfControlTrace line) => _eventsOf[line.Id];

    /// <summary>The line's running and waiting spans up to the end of the play, the last cut there.</summary>
    public IEnumerable<TimelineSpan> SpansOf(LineOfControlTrace line)
    {
        foreach (var span in line.Spans)
        {
            if (span.Start > End || span.State is not (SpanState.Running or SpanState.Waiting))
            {
                continue;
            }
            yield return span.End > End || (line.IsOpen && span == line.Spans[^1]) ? span with { End = End } : span;
        }
    }

    /// <summary>Whether the player's line did anything beyond standing by: an act, or a span with a label of its own.</summary>
    public bool HasActed(PlayerId id) =>
        _byPlayer.TryGetValue(id, out var line)
        && (_eventsOf[line.Id].Any(e => e.Time <= End) || SpansOf(line).Any(s => s.Label is { } label && !Idle.Contains(label)));

    /// <summary>The player's own acts (not his waits), each with the first time it began: running spans and instant acts, in time order.</summary>
    public List<(string Label, TimeSpan Start)> FirstActs(PlayerId id)
    {
        if (!_byPlayer.TryGetValue(id, out var line))
        {
            return [];
        }
        return _eventsOf[line.Id].Where(e => e.Time <= End).Select(e => (Label: e.Name, Start: e.Time, Order: 0))
            .Concat(SpansOf(line).Where(s => s.State == SpanState.Running && s.Label is not null).Select(s => (Label: s.Label!, s.Start, Order: 1)))
            .OrderBy(a => a.Start).ThenBy(a => a.Order)
            .DistinctBy(a => a.Label)
            .Select(a => (a.Label, a.Start))
            .ToList();
    }

    /// <summary>World seconds (sums of the physics' time step) on a 10 µs grid, so that equal instants give equal times.</summary>
    public static TimeSpan ToTime(double seconds) => TimeSpan.FromTicks((long)Math.Round(seconds * 100_000) * 100);
}
