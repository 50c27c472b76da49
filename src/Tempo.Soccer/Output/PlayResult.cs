using System.Globalization;
using System.Text;
using Tempo.Timeline;

namespace Tempo.Soccer;

/// <summary>Everything one simulated run of a play produced: outcome, event log, motion, and what every line of control did.</summary>
public sealed class PlayResult
{
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
        var lines = new List<LineActivity> { new("ball", null, world.BallSpans) };
        foreach (var p in world.Players.Where(World.HasActed).OrderBy(p => p.Id.Side).ThenBy(p => p.Id.Number))
        {
            lines.Add(new LineActivity(p.Id.ToString(), p.Id, world.SpansOf(p)));
        }
        Lines = lines;
        Phases = ComputePhases();
    }

    public Play Play { get; }

    public int Seed { get; }

    public bool Sequential { get; }

    public PlayOutcome Outcome { get; }

    /// <summary>The event log, in time order.</summary>
    public IReadOnlyList<PlayEvent> Events { get; }

    /// <summary>Everyone's position every 0.1 virtual seconds (and at the end).</summary>
    public IReadOnlyList<Frame> Frames { get; }

    /// <summary>The players, in the order of <see cref="Frame.Players"/>.</summary>
    public IReadOnlyList<PlayerSpec> Players { get; }

    /// <summary>The ball's line and every player's line that did something, with what it did when.</summary>
    public IReadOnlyList<LineActivity> Lines { get; }

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
    /// line that acted (the ball's line first), like the chess solution table.
    /// </summary>
    public string FormatStepTable(int columnWidth = 30)
    {
        var times = Lines.SelectMany(l => l.Spans.Select(s => Math.Round(s.Start, 2))).Distinct().Order().ToList();
        var header = new List<string> { "time" };
        header.AddRange(Lines.Select(l => l.Name));
        var rows = new List<string[]>();
        foreach (var t in times)
        {
            var row = new string[Lines.Count + 1];
            row[0] = t.ToString("0.00", CultureInfo.InvariantCulture);
            for (var i = 0; i < Lines.Count; i++)
            {
                // An instant span shows only if it is the line's last act (e.g. giving up), not a choice replaced at once.
                var spans = Lines[i].Spans;
                var span = spans.Where((s, k) => Math.Round(s.Start, 2) == t && (s.End > s.Start || s.Start >= Outcome.Seconds || k == spans.Count - 1)).FirstOrDefault();
                row[i + 1] = span.Label is null ? "" : Shorten(span.Waiting ? "wait: " + span.Label : span.Label, columnWidth);
            }
            if (row.Skip(1).Any(c => c.Length > 0))
            {
                rows.Add(row);
            }
        }
        var widths = new int[header.Count];
        for (var c = 0; c < widths.Length; c++)
        {
            widths[c] = Math.Max(header[c].Length, rows.Count == 0 ? 0 : rows.Max(r => r[c].Length));
        }
        var sb = new StringBuilder();
        AppendRow(sb, header, widths);
        sb.AppendLine(string.Join("-+-", widths.Select(w => new string('-', w))));
        foreach (var r in rows)
        {
            AppendRow(sb, r, widths);
        }
        return sb.ToString();
    }

    private static void AppendRow(StringBuilder sb, IReadOnlyList<string> cells, int[] widths)
    {
        for (var c = 0; c < cells.Count; c++)
        {
            if (c > 0)
            {
                sb.Append(" | ");
            }
            sb.Append(c == cells.Count - 1 ? cells[c] : cells[c].PadRight(widths[c]));
        }
        // An empty last cell would leave the row ending in spaces.
        while (sb.Length > 0 && sb[^1] == ' ')
        {
            sb.Length--;
        }
        sb.AppendLine();
    }

    private static string Shorten(string s, int width) => s.Length <= width ? s : s[..(width - 1)] + "…";

    private List<PlayPhase> ComputePhases()
    {
        var cuts = Events.Where(e => e.Type == "Ball Receipt" && e.Player?.Side == Side.Attack).Select(e => e.Time).ToList();
        // Like Figure 1.5, the last phase is the wait, the final pass and the finish: when the last reception
        // only leads to a shot, cut where the passer started waiting for the scorer instead.
        if (cuts.Count >= 2 && !Events.Any(e => e.Type == "Pass" && e.Time >= cuts[^1]))
        {
            var lastPass = Events.Last(e => e.Type == "Pass" && e.Time < cuts[^1]);
            var previous = cuts[^2];
            var passer = Lines.FirstOrDefault(l => l.Player == lastPass.Player);
            var wait = passer?.Spans.FirstOrDefault(w => w.Waiting && w.Start > previous && w.Start <= lastPass.Time);
            cuts[^1] = wait is { Label: not null } found ? found.Start : lastPass.Time;
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
        var key = Events.Where(e => e.Time >= start - 1e-9 && (e.Time < end - 1e-9 || (last && e.Time <= end + 1e-9))
                && e.Type is "Pass" or "Dribble" or "Shot" or "Goal" or "Interception" or "Save" or "Duel" or "Offside" or "Out" or "Block")
            .Select(e => e.Text).ToList();
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
