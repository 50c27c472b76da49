using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Http;

namespace Tempo.Web.Hosting;

/// <summary>
/// A request's JSON object read as the text a user would have typed on the command line, so the CLI's own parsers
/// (and their one-line messages) judge it: <c>{"max":3}</c> and <c>{"max":"3"}</c> both mean <c>--max 3</c>.
/// </summary>
internal sealed class RequestFields
{
    private readonly Dictionary<string, string?> _fields;

    private RequestFields(Dictionary<string, string?> fields) => _fields = fields;

    public static async Task<RequestFields> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        JsonDocument document;
        try
        {
            document = await JsonDocument.ParseAsync(request.Body, default, cancellationToken);
        }
        catch (JsonException e)
        {
            throw new BadInputException($"request body: not JSON ({e.Message.Split('.')[0]})");
        }
        using (document)
        {
            if (document.RootElement.ValueKind != JsonValueKind.Object)
            {
                throw new BadInputException("request body: expected a JSON object such as {\"fen\":\"…\"}");
            }
            var fields = new Dictionary<string, string?>(StringComparer.Ordinal);
            foreach (var property in document.RootElement.EnumerateObject())
            {
                fields[property.Name] = property.Value.ValueKind switch
                {
                    JsonValueKind.String => property.Value.GetString(),
                    JsonValueKind.Number => property.Value.GetRawText(),
                    JsonValueKind.True or JsonValueKind.False => property.Value.GetBoolean().ToString(CultureInfo.InvariantCulture).ToLowerInvariant(),
                    JsonValueKind.Null => null,
                    _ => throw new BadInputException($"{property.Name}: expected a string or a number"),
                };
            }
            return new RequestFields(fields);
        }
    }

    /// <summary>The field as text, or null when it is absent or null.</summary>
    public string? Optional(string name) => _fields.TryGetValue(name, out var value) ? value : null;

    /// <summary>The field as text; a missing one is bad input.</summary>
    public string Required(string name) =>
        Optional(name) is { Length: > 0 } value ? value : throw new BadInputException($"{name}: missing (give it in the request's JSON object)");

    /// <summary>true/false, absent meaning false.</summary>
    public bool Flag(string name) => Optional(name) switch
    {
        null or "false" => false,
        "true" => true,
        var other => throw new BadInputException($"{name}: '{other}' is not true or false"),
    };
}
