using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace Tempo.Timeline;

/// <summary>
/// One JSON document written with a <see cref="Utf8JsonWriter"/> and returned as a string: the one place that owns
/// the buffer, the writer and the UTF-8 decoding, for every JSON output of the engines and the command line.
/// </summary>
public static class JsonText
{
    /// <summary>
    /// Compact JSON that keeps characters such as '→', 'é', '+' and '#' as they are instead of writing \u escapes:
    /// for JSON read by people and parsers. Not for embedding in HTML, where '&lt;' must stay escaped.
    /// </summary>
    public static JsonWriterOptions Readable { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>
    /// Runs <paramref name="write"/> on a fresh writer and returns what it wrote. With the default
    /// <paramref name="options"/> the JSON is compact and escapes every non-ASCII and HTML-sensitive character.
    /// </summary>
    public static string Write(Action<Utf8JsonWriter> write, JsonWriterOptions options = default)
    {
        ArgumentNullException.ThrowIfNull(write);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, options))
        {
            write(writer);
        }
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
