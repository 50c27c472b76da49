using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tempo.Cli;

/// <summary>One JSON document written with a <see cref="Utf8JsonWriter"/> and returned as text: what every `--format json` prints.</summary>
public static class JsonText
{
    /// <summary>Writes a document; <paramref name="relaxed"/> keeps characters such as '→' and '+' readable instead of \u-escaped.</summary>
    public static string Write(Action<Utf8JsonWriter> write, bool relaxed = false)
    {
        ArgumentNullException.ThrowIfNull(write);
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, relaxed ? new JsonWriterOptions { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping } : default))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(stream.ToArray());
    }
}
