using System.Globalization;
using System.Text;

namespace Tempo.Chess.Solving;

/// <summary>
/// A <see cref="HelpmateResult"/> as text and JSON. Helpmates are numbered as composers do, pairs starting with Black:
/// <c>1.Kd4 Rc5 2.Qe3 Rd5#</c>, and <c>1...Bb2 2.Kd4 Rc5 3.Qe3 Rd5#</c> for <c>h#N.5</c>.
/// </summary>
internal static class HelpmateFormatter
{
    public static string Table(HelpmateResult result)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(result))
        {
            text.Append(MateTextFormatter.Line(line, Numbering(result))).Append('\n');
        }
        text.Append(Summary(result)).Append('\n');
        return text.ToString();
    }

    public static string Tree(HelpmateResult result)
    {
        var text = new StringBuilder();
        var lines = Lines(result);
        var numbering = Numbering(result);
        for (int s = 0; s < lines.Count; s++)
        {
            // Shared leading moves of consecutive solutions are written once: only the part after them is new.
            int shared = 0;
            if (s > 0)
            {
                while (shared < lines[s].Length - 1 && lines[s][shared] == lines[s - 1][shared])
                {
                    shared++;
                }
            }
            for (int ply = shared; ply < lines[s].Length; ply++)
            {
                text.Append(' ', 2 * ply).Append(numbering.Prefix(ply, true)).Append(lines[s][ply]).Append('\n');
            }
        }
        text.Append(Summary(result)).Append('\n');
        return text.ToString();
    }

    public static string Summary(HelpmateResult result)
    {
        int count = result.Solutions.Count;
        string found = count == 1 ? "1 solution" : $"{count.ToString(CultureInfo.InvariantCulture)} solutions";
        string state = result.Complete ? (result.Capped ? "capped at --max-solutions" : "complete") : "incomplete: stopped";
        string effort = $"{Count(result.Nodes)} nodes; {Count((long)result.Elapsed.TotalMilliseconds)} ms";
        return $"{result.Stipulation}: {found} ({state}; {effort})";
    }

    public static string Json(HelpmateResult result, Action<System.Text.Json.Utf8JsonWriter>? head = null) => MateJsonFormatter.WriteObject(json =>
    {
        head?.Invoke(json);
        json.WriteString("fen", result.Fen);
        json.WriteString("stipulation", result.Stipulation.ToString());
        json.WriteString("status", Status(result));
        json.WriteStartArray("solutions");
        foreach (var line in Lines(result))
        {
            json.WriteStartArray();
            foreach (var san in line)
            {
                json.WriteStringValue(san);
            }
            json.WriteEndArray();
        }
        json.WriteEndArray();
        json.WriteNumber("count", result.Solutions.Count);
        json.WriteBoolean("complete", result.Complete);
        json.WriteBoolean("capped", result.Capped);
        json.WriteNumber("nodes", result.Nodes);
        json.WriteNumber("ms", (long)result.Elapsed.TotalMilliseconds);
        json.WriteNumber("threads", result.Threads);
    });

    /// <summary>"mate" with at least one solution, "none" when a complete search found none, else "unknown".</summary>
    public static string Status(HelpmateResult result) =>
        result.Solutions.Count > 0 ? "mate" : result.Complete ? "none" : "unknown";

    private static List<string[]> Lines(HelpmateResult result)
    {
        var start = Position.Parse(result.Fen);
        return result.Solutions.Select(line => SanLine.Of(start, line)).ToList();
    }

    private static MoveNumbering Numbering(HelpmateResult result) =>
        new(result.Stipulation.HalfMove ? Color.Black : Color.White);

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
