using System.Globalization;
using Microsoft.AspNetCore.Http;
using Tempo.Soccer;
using Tempo.Web.Hosting;

namespace Tempo.Web.Soccer;

/// <summary>
/// Which play a soccer request means: <c>?play=book</c> (the chapter's play with its C# scripts) or the request body
/// (YAML or JSON play text, judged by the CLI's play-file reader). The text is never a file path.
/// </summary>
internal static class PlayRequest
{
    /// <summary>How error messages name a play sent in a request body.</summary>
    public const string BodySource = "play";

    public static async Task<(Play Play, IReadOnlyDictionary<int, PlayScript>? Scripts)> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var which = request.Query["play"].ToString();
        if (which == "book")
        {
            return (BookPlay.Load(), BookPlay.Scripts);
        }
        if (which.Length > 0)
        {
            throw new BadInputException($"play '{which}': the server knows only 'book'; send any other play as the request body");
        }
        using var reader = new StreamReader(request.Body);
        var text = await reader.ReadToEndAsync(cancellationToken);
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new BadInputException("PLAY: send a play file (YAML or JSON) as the request body, or ask for ?play=book");
        }
        return (PlayFile.Parse(text, BodySource), null);
    }

    /// <summary><c>?mode=concurrent|sequential</c> (default concurrent).</summary>
    public static bool Sequential(HttpRequest request) => request.Query["mode"].ToString() switch
    {
        "" or "concurrent" => false,
        "sequential" => true,
        var other => throw new BadInputException($"--mode '{other}': give concurrent or sequential"),
    };

    /// <summary><c>?seed=S</c>, a positive whole number, or null.</summary>
    public static int? Seed(HttpRequest request) => PositiveInt(request, "seed", "the seed must be a positive integer");

    /// <summary>A query value that must be a positive whole number, or null when absent.</summary>
    public static int? PositiveInt(HttpRequest request, string name, string reason)
    {
        var text = request.Query[name].ToString();
        if (text.Length == 0)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) || value < 1)
        {
            throw new BadInputException($"--{name} {text}: {reason}");
        }
        return value;
    }
}
