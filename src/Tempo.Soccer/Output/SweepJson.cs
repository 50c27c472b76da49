using System.Globalization;
using System.Text.Json;
using Tempo.Timeline;

namespace Tempo.Soccer.Output;

/// <summary>A sweep's result as the one JSON object `tempo soccer sweep --format json` prints (and the HTTP API sends).</summary>
public static class SweepJson
{
    /// <summary><c>{"play","runs","requestedRuns","seed","mode","goals","rate","ci95","medianGoalSeconds","simulatedSeconds","scorers","mostCommonFailure","failures"}</c></summary>
    public static string Write(SweepResult result, int requestedRuns)
    {
        ArgumentNullException.ThrowIfNull(result);
        return JsonText.Write(w => WriteObject(w, result, requestedRuns), JsonText.Readable);
    }

    private static void WriteObject(Utf8JsonWriter w, SweepResult r, int requested)
    {
        w.WriteStartObject();
        w.WriteString("play", r.Play);
        w.WriteNumber("runs", r.Runs);
        w.WriteNumber("requestedRuns", requested);
        w.WriteNumber("seed", r.Seed);
        w.WriteString("mode", r.Sequential ? "sequential" : "concurrent");
        w.WriteNumber("goals", r.Goals);
        w.WriteNumber("rate", Math.Round(r.Rate, 4));
        w.WriteStartArray("ci95");
        w.WriteNumberValue(Math.Round(r.Low, 4));
        w.WriteNumberValue(Math.Round(r.High, 4));
        w.WriteEndArray();
        if (r.Goals > 0)
        {
            w.WriteNumber("medianGoalSeconds", Math.Round(r.MedianGoalSeconds, 3));
        }
        else
        {
            w.WriteNull("medianGoalSeconds");
        }
        w.WriteNumber("simulatedSeconds", Math.Round(r.SimulatedSeconds, 3));
        w.WriteStartObject("scorers");
        foreach (var (scorer, goals) in r.Scorers)
        {
            w.WriteNumber(scorer.ToString(CultureInfo.InvariantCulture), goals);
        }
        w.WriteEndObject();
        if (r.Failures.Count > 0)
        {
            w.WriteString("mostCommonFailure", r.Failures[0].Way);
        }
        else
        {
            w.WriteNull("mostCommonFailure");
        }
        w.WriteStartArray("failures");
        foreach (var f in r.Failures)
        {
            w.WriteStartObject();
            w.WriteString("way", f.Way);
            w.WriteNumber("count", f.Count);
            w.WriteNumber("exampleSeed", f.ExampleSeed);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }
}
