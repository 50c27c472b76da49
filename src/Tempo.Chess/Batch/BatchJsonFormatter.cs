using System.Text.Json;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>The JSON line of a <see cref="BatchOutcome"/> (fields documented in the README under <c>chess batch</c>).</summary>
internal static class BatchJsonFormatter
{
    public static string Write(BatchOutcome outcome)
    {
        var entry = outcome.Entry;
        if (outcome.Error is { } error)
        {
            return MateJsonFormatter.WriteObject(writer =>
            {
                WriteHeader(writer, entry);
                writer.WriteString("error", error);
            });
        }
        if (outcome.Skipped is { } reason)
        {
            return MateJsonFormatter.WriteObject(writer =>
            {
                WriteHeader(writer, entry);
                writer.WriteString("skipped", reason);
            });
        }
        if (outcome.Mated is { } mated)
        {
            return WriteMated(entry, mated, outcome.Agrees == true);
        }
        if (outcome.Helpmate is { } help)
        {
            return HelpmateFormatter.Json(help, writer =>
            {
                WriteHeader(writer, entry);
                WriteAgrees(writer, outcome.Agrees);
            });
        }
        var result = outcome.Result ?? throw new InvalidOperationException("a batch outcome without a result, proof or error");
        return MateJsonFormatter.Write(result, writer =>
        {
            WriteHeader(writer, entry);
            writer.WriteBoolean("expectedAtLeast", entry.ExpectedAtLeast);
            WriteAgrees(writer, outcome.Agrees);
            writer.WriteBoolean("shortSolution", result.Status == MateStatus.Mate && entry.Expected is { } expected && result.MateIn < expected);
        }, includeTree: false);
    }

    private static string WriteMated(BatchEntry entry, MatedProof proof, bool agrees) => MateJsonFormatter.WriteObject(writer =>
    {
        WriteHeader(writer, entry);
        writer.WriteBoolean("expectedAtLeast", false);
        writer.WriteBoolean("agrees", agrees);
        writer.WriteString("fen", proof.Position.ToFen());
        writer.WriteString("sideToMove", proof.Position.SideToMove == Color.White ? "white" : "black");
        writer.WriteString("status", proof.Status switch
        {
            MatedStatus.Mated => "mated",
            MatedStatus.None => "none",
            _ => "unknown",
        });
        if (proof.Status == MatedStatus.Mated)
        {
            writer.WriteNumber("mate", -proof.Longest);
        }
        else
        {
            writer.WriteNull("mate");
        }
        writer.WriteStartArray("line");
        foreach (var san in SanLine.Of(proof.Position, proof.Line))
        {
            writer.WriteStringValue(san);
        }
        writer.WriteEndArray();
        writer.WriteNumber("nodes", proof.Nodes);
        writer.WriteNumber("ms", (long)proof.Elapsed.TotalMilliseconds);
    });

    private static void WriteAgrees(Utf8JsonWriter writer, bool? agrees)
    {
        if (agrees is { } value)
        {
            writer.WriteBoolean("agrees", value);
        }
        else
        {
            writer.WriteNull("agrees");
        }
    }

    private static void WriteHeader(Utf8JsonWriter writer, BatchEntry entry)
    {
        writer.WriteNumber("lineNumber", entry.LineNumber);
        if (entry.Id is { } id)
        {
            writer.WriteString("id", id);
        }
        else
        {
            writer.WriteNull("id");
        }
        if (entry.Expected is { } expected)
        {
            writer.WriteNumber("expected", expected);
        }
        else
        {
            writer.WriteNull("expected");
        }
        if (entry.ExpectedAnswer is { } answer)
        {
            writer.WriteString("expectedAnswer", answer);
        }
        if (entry.MaxSolutions is { } cap)
        {
            // A Popeye file's option maxsolutions: "capped" then says the list stopped there (Popeye's "Partial solution").
            writer.WriteNumber("maxSolutions", cap);
        }
        if (entry.Ignored.Count > 0)
        {
            writer.WriteStartArray("ignored");
            foreach (var note in entry.Ignored)
            {
                writer.WriteStringValue(note);
            }
            writer.WriteEndArray();
        }
    }
}
