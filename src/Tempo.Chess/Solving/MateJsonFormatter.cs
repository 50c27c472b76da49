using System.Text.Json;
using Tempo.Timeline;

namespace Tempo.Chess.Solving;

/// <summary>
/// The JSON form of a result: <c>fen, status, mate, keys, line, tree, threat, cooks, duals, nodes, ms</c>
/// and the extra fields stipulation (#N or s#N, N the move limit), sideToMove, terminal, provenNoMateWithin, searchedDepth, keysComplete, treeTruncated, threads,
/// hashBytes (the table's memory) and hashUsedPermille (how full it ended).
/// </summary>
public static class MateJsonFormatter
{
    /// <summary>Writes one JSON object on one line; <paramref name="extra"/> may append more properties (batch adds expected, agrees).</summary>
    public static string Write(MateResult result, Action<Utf8JsonWriter>? extra) => Write(result, extra, includeTree: true);

    /// <summary>As <see cref="Write(MateResult, Action{Utf8JsonWriter}?)"/>; without the tree, "tree" is null (batch lines stay short).</summary>
    public static string Write(MateResult result, Action<Utf8JsonWriter>? extra, bool includeTree)
    {
        ArgumentNullException.ThrowIfNull(result);
        return WriteObject(json =>
        {
            extra?.Invoke(json);
            WriteBody(json, result, includeTree);
        });
    }

    /// <summary>One JSON object on one line, with the same encoder settings.</summary>
    internal static string WriteObject(Action<Utf8JsonWriter> body)
    {
        // SAN uses '+' and '#'; JsonText.Readable keeps them readable instead of \u002B.
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            body(json);
            json.WriteEndObject();
        }, JsonText.Readable);
    }

    private static void WriteBody(Utf8JsonWriter json, MateResult result, bool includeTree)
    {
        var san = SanSolution.Of(result, includeTree);
        json.WriteString("fen", result.Fen);
        json.WriteString("stipulation", result.Stipulation.ToString());
        json.WriteString("sideToMove", result.SideToMove == Color.White ? "white" : "black");
        json.WriteString("status", result.Status switch
        {
            MateStatus.Mate => "mate",
            MateStatus.None => "none",
            _ => "unknown",
        });
        if (result.MateIn is { } mate)
        {
            json.WriteNumber("mate", mate);
        }
        else
        {
            json.WriteNull("mate");
        }
        WriteStrings(json, "keys", san.Keys);
        WriteStrings(json, "line", san.MainLine);
        json.WritePropertyName("tree");
        if (san.Tree is { } tree)
        {
            WriteAttack(json, tree);
        }
        else
        {
            json.WriteNullValue();
        }
        if (san.Threat is { } threat)
        {
            WriteStrings(json, "threat", threat);
        }
        else
        {
            json.WriteNull("threat");
        }
        json.WriteBoolean("cooks", result.Cooked);
        json.WriteStartArray("duals");
        foreach (var dual in san.Duals)
        {
            json.WriteStartObject();
            WriteStrings(json, "after", dual.After);
            WriteStrings(json, "moves", dual.Moves);
            json.WriteEndObject();
        }
        json.WriteEndArray();
        if (san.Tries is { } tries)
        {
            json.WriteStartArray("tries");
            foreach (var attempt in tries)
            {
                json.WriteStartObject();
                json.WriteString("move", attempt.Move);
                json.WriteString("refutation", attempt.Refutation);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        else
        {
            json.WriteNull("tries");
        }
        if (san.SetPlay is { } set)
        {
            json.WriteStartArray("setPlay");
            foreach (var defence in set)
            {
                WriteDefence(json, defence);
            }
            json.WriteEndArray();
        }
        json.WriteNumber("nodes", result.Nodes);
        json.WriteNumber("ms", (long)result.Elapsed.TotalMilliseconds);
        if (result.Terminal == TerminalKind.None)
        {
            json.WriteNull("terminal");
        }
        else
        {
            json.WriteString("terminal", result.Terminal == TerminalKind.Checkmate ? "checkmate" : "stalemate");
        }
        json.WriteNumber("provenNoMateWithin", result.ProvenNoMateWithin);
        if (result.Status == MateStatus.Unknown)
        {
            json.WriteNumber("searchedDepth", result.SearchedDepth);
        }
        else
        {
            json.WriteNull("searchedDepth");
        }
        json.WriteBoolean("keysComplete", result.KeysComplete);
        json.WriteBoolean("treeTruncated", result.TreeTruncated || result.ExtractionIncomplete);
        json.WriteNumber("threads", result.Threads);
        json.WriteNumber("hashBytes", result.TableBytes);
        json.WriteNumber("hashUsedPermille", result.TableUsedPermille);
    }

    /// <summary>A defence and its reply; <c>"mates": true</c> only where a selfmate's defence mates the attacker.</summary>
    private static void WriteDefence(Utf8JsonWriter json, SanDefence defence)
    {
        json.WriteStartObject();
        json.WriteString("move", defence.San);
        json.WritePropertyName("reply");
        if (defence.Reply is { } reply)
        {
            WriteAttack(json, reply);
        }
        else
        {
            json.WriteNullValue();
        }
        if (defence.Mates)
        {
            json.WriteBoolean("mates", true);
        }
        json.WriteEndObject();
    }

    private static void WriteAttack(Utf8JsonWriter json, SanAttack node)
    {
        json.WriteStartObject();
        json.WriteString("move", node.San);
        json.WriteNumber("mateIn", node.MateIn);
        if (node.Threat is { } threat)
        {
            WriteStrings(json, "threat", threat);
        }
        else
        {
            json.WriteNull("threat");
        }
        WriteStrings(json, "duals", node.Duals);
        json.WriteStartArray("defences");
        foreach (var defence in node.Defences)
        {
            WriteDefence(json, defence);
        }
        json.WriteEndArray();
        if (node.Truncated)
        {
            json.WriteBoolean("truncated", true);
        }
        json.WriteEndObject();
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IReadOnlyList<string> values)
    {
        json.WriteStartArray(name);
        foreach (var value in values)
        {
            json.WriteStringValue(value);
        }
        json.WriteEndArray();
    }
}
