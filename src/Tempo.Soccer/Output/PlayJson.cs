using System.Text.Json;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;
using Tempo.Timeline;

namespace Tempo.Soccer.Output;

/// <summary>
/// JSON forms of a run: the whole result (<c>tempo soccer run --format json</c>) and the event log
/// (events.json), with pass and shot events shaped like StatsBomb's (location, end location, recipient, timing).
/// Coordinates are metres on the 105 × 68 pitch, the attack playing towards x = 105.
/// </summary>
public static class PlayJson
{
    private static readonly JsonWriterOptions Options = JsonText.Readable with { Indented = true };

    /// <summary><c>{"play","seed","mode","outcome":{"goal","scorer","team","seconds","kind","reason"},"explanation","events":[…],"lines":[…]}</c></summary>
    public static string Result(PlayResult result) => Build(w =>
    {
        w.WriteStartObject();
        w.WriteString("play", result.Play.Name);
        w.WriteNumber("seed", result.Seed);
        w.WriteString("mode", result.Sequential ? "sequential" : "concurrent");
        w.WriteStartObject("outcome");
        w.WriteBoolean("goal", result.Outcome.Goal);
        if (result.Outcome.Scorer is { } s)
        {
            w.WriteNumber("scorer", s.Number);
        }
        else
        {
            w.WriteNull("scorer");
        }
        w.WriteString("team", result.Outcome.Team);
        w.WriteNumber("seconds", Math.Round(result.Outcome.Seconds, 3));
        w.WriteString("kind", result.Outcome.Kind);
        w.WriteString("reason", result.Outcome.Reason);
        w.WriteEndObject();
        w.WriteString("explanation", result.Explanation);
        w.WritePropertyName("events");
        WriteEvents(w, result);
        w.WriteStartArray("lines");
        foreach (var line in result.Lines)
        {
            w.WriteStartObject();
            w.WriteString("name", line.Name);
            w.WriteStartArray("spans");
            foreach (var span in result.ViewSpans(line))
            {
                w.WriteStartObject();
                w.WriteNumber("start", Math.Round(span.Start, 3));
                w.WriteNumber("end", Math.Round(span.End, 3));
                w.WriteString("state", span.Waiting ? "waiting" : "running");
                w.WriteString("label", span.Label);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    });

    /// <summary>The event log alone, as a JSON array.</summary>
    public static string Events(PlayResult result) => Build(w => WriteEvents(w, result));

    private static void WriteEvents(Utf8JsonWriter w, PlayResult result)
    {
        var events = result.Events;
        var related = EventLinks.Related(events);
        var possession = 1;
        var pattern = PlayPattern(result.Play.Restart);
        w.WriteStartArray();
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i];
            if (e.Type == PlayEventType.Possession)
            {
                possession++;
            }
            w.WriteStartObject();
            w.WriteNumber("index", e.Index + 1);
            w.WriteNumber("second", Math.Round(e.Time, 3));
            w.WriteString("timestamp", TimeSpan.FromMilliseconds(Math.Round(e.Time * 1000)).ToString(@"hh\:mm\:ss\.fff", System.Globalization.CultureInfo.InvariantCulture));
            w.WriteString("type", e.Type.Name());
            w.WriteNumber("possession", possession);
            w.WriteString("playPattern", pattern);
            if (e.Player is { } p)
            {
                w.WriteString("team", p.Side == Side.Attack ? result.Play.AttackName : result.Play.DefenceName);
                w.WriteNumber("player", p.Number);
                if (e.Type is PlayEventType.Pass or PlayEventType.Shot or PlayEventType.BallReceipt or PlayEventType.Dribble)
                {
                    w.WriteBoolean("underPressure", EventLinks.UnderPressure(result, e, p));
                }
            }
            if (e.Location is { } at)
            {
                Point(w, "location", at);
            }
            if (related[i].Count > 0)
            {
                w.WriteStartArray("relatedEvents");
                foreach (var r in related[i])
                {
                    w.WriteNumberValue(events[r].Index + 1);
                }
                w.WriteEndArray();
            }
            if (e.Type is PlayEventType.Pass or PlayEventType.Shot)
            {
                w.WriteStartObject(e.Type == PlayEventType.Pass ? "pass" : "shot");
                if (e.EndLocation is { } end)
                {
                    Point(w, "endLocation", end);
                    if (e.Location is { } start)
                    {
                        w.WriteNumber("length", Math.Round(start.DistanceTo(end), 2));
                        w.WriteNumber("angle", Math.Round(Math.Atan2(end.Y - start.Y, end.X - start.X), 4));
                    }
                }
                if (e.Type == PlayEventType.Pass)
                {
                    w.WriteString("height", (e.Height ?? PassHeight.Ground) switch { PassHeight.High => "High Pass", PassHeight.Low => "Low Pass", _ => "Ground Pass" });
                }
                else if (e.Height is { } shotHeight)
                {
                    w.WriteString("height", shotHeight.ToString());
                }
                if (e.BodyPart is { } part)
                {
                    w.WriteString("bodyPart", part == "head" ? "Head" : "Volley");
                }
                if (e.GoalLineHeight is { } atLine)
                {
                    w.WriteNumber("heightAtGoalLine", atLine);
                }
                if (e.Recipient is { } r)
                {
                    w.WriteNumber("recipient", r.Number);
                }
                if (e.Speed is { } speed)
                {
                    w.WriteNumber("speed", Math.Round(speed, 2));
                }
                if (e.Duration is { } d)
                {
                    w.WriteNumber("duration", Math.Round(d, 3));
                }
                w.WriteString("outcome", e.Outcome ?? "In Play");
                w.WriteEndObject();
            }
            else if (e.Outcome is not null)
            {
                w.WriteString("outcome", e.Outcome);
            }
            w.WriteString("text", e.Text);
            if (e.Data.Count > 0)
            {
                w.WriteStartObject("details");
                foreach (var (k, v) in e.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                {
                    DetailValue(w, k, v);
                }
                w.WriteEndObject();
            }
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>StatsBomb's play_pattern for how the play began.</summary>
    private static string PlayPattern(Restart restart) => restart switch
    {
        Restart.ThrowIn => "From Throw In",
        Restart.GoalKick => "From Goal Kick",
        Restart.CornerKick => "From Corner",
        Restart.FreeKick => "From Free Kick",
        _ => "Regular Play",
    };

    /// <summary>A detail as the type it is: a number, a point [x, y], or text.</summary>
    private static void DetailValue(Utf8JsonWriter w, string key, string value)
    {
        if (double.TryParse(value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var number))
        {
            w.WriteNumber(key, number);
        }
        else if (Vec2.TryParse(value, out var point))
        {
            Point(w, key, point);
        }
        else
        {
            w.WriteString(key, value);
        }
    }

    private static void Point(Utf8JsonWriter w, string name, Vec2 p)
    {
        w.WriteStartArray(name);
        w.WriteNumberValue(Math.Round(p.X, 2));
        w.WriteNumberValue(Math.Round(p.Y, 2));
        w.WriteEndArray();
    }

    private static string Build(Action<Utf8JsonWriter> write) => JsonText.Write(write, Options);
}
