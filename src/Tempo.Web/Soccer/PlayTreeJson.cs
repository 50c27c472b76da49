using System.Globalization;
using System.Text.Json;
using Tempo.Timeline;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Tempo.Web.Soccer;

/// <summary>
/// A play file's tree as JSON, the tactic board's model: the same keys as the YAML (docs/play-file.md), so the page
/// edits it and sends it back as a play (YAML 1.2 contains JSON). A plain scalar in its shortest number form becomes a
/// JSON number, any other scalar a string; the reader reads both the same way, so nothing changes in the round trip.
/// </summary>
internal static class PlayTreeJson
{
    /// <summary>
    /// POST /api/soccer/check's answer: <c>{"valid":true,"play":tree,"yaml":the writer's text,"summary":…,"warnings":[{"path","line","message"}]}</c>
    /// for a good play (a warning: allowed but probably not meant, e.g. a shot wide of the posts). The editor asks on every change, when half-built plays are normal, so a bad play is an answer, not an error:
    /// <c>{"valid":false,"message","path","line","reason"}</c>.
    /// </summary>
    public static string Check(Play play)
    {
        var yaml = PlayFileWriter.Write(play);
        var stream = new YamlStream();
        stream.Load(new StringReader(yaml));
        return JsonText.Write(w =>
        {
            w.WriteStartObject();
            w.WriteBoolean("valid", true);
            w.WritePropertyName("play");
            Node(w, stream.Documents[0].RootNode);
            w.WriteString("yaml", yaml);
            w.WritePropertyName("summary");
            w.WriteRawValue(PlaySummaryJson.Write(play));
            w.WriteStartArray("warnings");
            foreach (var warning in play.Warnings)
            {
                w.WriteStartObject();
                w.WriteString("path", warning.PathInFile);
                w.WriteNumber("line", warning.Line);
                w.WriteString("message", warning.Message);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        });
    }

    /// <summary>The refusal half of <see cref="Check(Play)"/>; path, line and reason only when the play file reader said where.</summary>
    public static string Refusal(FormatException e) => JsonText.Write(w =>
    {
        w.WriteStartObject();
        w.WriteBoolean("valid", false);
        w.WriteString("message", e.Message);
        if (e is PlayFileException play)
        {
            w.WriteString("path", play.PathInFile);
            w.WriteNumber("line", play.Line);
            w.WriteString("reason", play.Reason);
        }
        w.WriteEndObject();
    });

    private static void Node(Utf8JsonWriter w, YamlNode node)
    {
        switch (node)
        {
            case YamlMappingNode map:
                w.WriteStartObject();
                foreach (var (key, value) in map.Children)
                {
                    w.WritePropertyName(((YamlScalarNode)key).Value ?? "");
                    Node(w, value);
                }
                w.WriteEndObject();
                break;
            case YamlSequenceNode list:
                w.WriteStartArray();
                foreach (var item in list.Children)
                {
                    Node(w, item);
                }
                w.WriteEndArray();
                break;
            case YamlScalarNode { Style: ScalarStyle.Plain, Value: { } text } when IsNumber(text, out var number):
                w.WriteNumberValue(number);
                break;
            case YamlScalarNode scalar:
                w.WriteStringValue(scalar.Value);
                break;
        }
    }

    private static bool IsNumber(string text, out double number) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
        && double.IsFinite(number)
        && number.ToString("R", CultureInfo.InvariantCulture) == text;
}
