using System.Text.Json;

namespace Tempo.Timeline;

/// <summary>
/// Writes traces as Chrome Trace Event JSON (opens in Perfetto and chrome://tracing): one process per trace, one
/// thread per line (named by metadata events), complete ("X") events for spans, instant ("i") events for events and
/// flow ("s"/"f") events for links. Times are in microseconds.
/// </summary>
public static class ChromeTraceWriter
{
    /// <summary>Returns the JSON document for <paramref name="traces"/>.</summary>
    public static string Write(IReadOnlyList<Trace> traces)
    {
        ArgumentNullException.ThrowIfNull(traces);
        return JsonText.Write(json =>
        {
            json.WriteStartObject();
            json.WriteString("displayTimeUnit", "ms");
            json.WriteStartArray("traceEvents");
            var flowId = 0;
            for (var p = 0; p < traces.Count; p++)
            {
                var trace = traces[p];
                var pid = p + 1;
                var end = trace.Duration;
                Metadata(json, "process_name", pid, 0, trace.Name);
                Metadata(json, "process_sort_index", pid, 0, null, pid);
                foreach (var line in trace.Lines)
                {
                    var tid = line.Id + 1;
                    Metadata(json, "thread_name", pid, tid, line.Name);
                    Metadata(json, "thread_sort_index", pid, tid, null, tid);
                    foreach (var span in line.ClosedSpans(end))
                    {
                        json.WriteStartObject();
                        json.WriteString("name", span.Describe());
                        json.WriteString("cat", StateName(span.State));
                        json.WriteString("ph", "X");
                        json.WriteNumber("ts", Micros(span.Start));
                        json.WriteNumber("dur", Micros(span.End - span.Start));
                        json.WriteNumber("pid", pid);
                        json.WriteNumber("tid", tid);
                        json.WriteStartObject("args");
                        json.WriteString("state", StateName(span.State));
                        if (span.Label is not null)
                        {
                            json.WriteString("label", span.Label);
                        }
                        json.WriteEndObject();
                        json.WriteEndObject();
                    }
                }
                foreach (var e in trace.Events)
                {
                    json.WriteStartObject();
                    json.WriteString("name", e.Name);
                    json.WriteString("cat", "event");
                    json.WriteString("ph", "i");
                    json.WriteString("s", "t");
                    json.WriteNumber("ts", Micros(e.Time));
                    json.WriteNumber("pid", pid);
                    json.WriteNumber("tid", e.LineId + 1);
                    json.WriteStartObject("args");
                    if (e.Data is not null)
                    {
                        foreach (var (key, value) in e.Data.OrderBy(kv => kv.Key, StringComparer.Ordinal))
                        {
                            json.WriteString(key, value);
                        }
                    }
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
                foreach (var link in trace.Links)
                {
                    flowId++;
                    Flow(json, "s", link.Label, flowId, link.FromTime, pid, link.FromLineId + 1);
                    Flow(json, "f", link.Label, flowId, link.ToTime, pid, link.ToLineId + 1);
                }
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void Metadata(Utf8JsonWriter json, string name, int pid, int tid, string? text, int? sortIndex = null)
    {
        json.WriteStartObject();
        json.WriteString("name", name);
        json.WriteString("ph", "M");
        json.WriteNumber("pid", pid);
        json.WriteNumber("tid", tid);
        json.WriteStartObject("args");
        if (text is not null)
        {
            json.WriteString("name", text);
        }
        if (sortIndex is { } index)
        {
            json.WriteNumber("sort_index", index);
        }
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Flow(Utf8JsonWriter json, string phase, string label, int id, TimeSpan time, int pid, int tid)
    {
        json.WriteStartObject();
        json.WriteString("name", label);
        json.WriteString("cat", "link");
        json.WriteString("ph", phase);
        json.WriteNumber("id", id);
        if (phase == "f")
        {
            // Bind the arrow's head to the slice that encloses the effect, not to the next slice.
            json.WriteString("bp", "e");
        }
        json.WriteNumber("ts", Micros(time));
        json.WriteNumber("pid", pid);
        json.WriteNumber("tid", tid);
        json.WriteEndObject();
    }

    private static double Micros(TimeSpan time) => time.Ticks / 10.0;

    private static string StateName(SpanState state) => state switch
    {
        SpanState.Running => "running",
        SpanState.Waiting => "waiting",
        SpanState.Done => "done",
        SpanState.Faulted => "faulted",
        _ => "cancelled",
    };
}
