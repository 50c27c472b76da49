using System.Text;
using System.Text.Json;
using Tempo.Timeline;

namespace Tempo.Web.Soccer;

/// <summary>
/// What the soccer page animates, beside the CLI's JSON: <c>{"duration","players":[{"label","number","side","colour"}],
/// "frames":[[t, ballX, ballY, x1, y1, …]],"phases":[{"number","start","end","caption"}]}</c>; metres, y up.
/// </summary>
internal static class PlayAnimationJson
{
    public static void Write(Utf8JsonWriter w, PlayResult result)
    {
        w.WriteStartObject();
        w.WriteNumber("duration", Math.Round(result.Outcome.Seconds, 3));
        AnimationJson.WritePlayers(w, result);
        AnimationJson.WriteFrames(w, result);
        w.WriteStartArray("phases");
        foreach (var phase in result.Phases)
        {
            w.WriteStartObject();
            w.WriteNumber("number", phase.Number);
            w.WriteNumber("start", Math.Round(phase.Start, 3));
            w.WriteNumber("end", Math.Round(phase.End, 3));
            w.WriteString("caption", phase.Caption);
            w.WriteEndObject();
        }
        w.WriteEndArray();
        w.WriteEndObject();
    }

    /// <summary><c>{"result": the CLI's `soccer run --format json` object, "animation": …}</c></summary>
    public static string Response(PlayResult result)
    {
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WritePropertyName("result");
            w.WriteRawValue(PlayJson.Result(result));
            w.WritePropertyName("animation");
            Write(w, result);
            w.WriteEndObject();
        });
    }

    /// <summary>The pitch's markings as an SVG document (viewBox in metres, the field from (0,0) to (105,68)).</summary>
    public static string PitchSvgDocument()
    {
        var markings = new StringBuilder();
        PitchSvg.AppendPitch(markings);
        return $"<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"-5 -5 115 78\">{markings}</svg>";
    }
}
