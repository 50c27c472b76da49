using System.Globalization;

namespace Tempo.Soccer.Plays;

/// <summary>
/// The shirt colours a play file gives its teams (<c>attack.colour</c>, <c>defence.colour</c>): a hex colour
/// (<c>"#1d4ed8"</c>, <c>"#fff"</c>) or one of a few names. Null keeps the default (attack red, defence blue).
/// These are the only play-file fields this type holds; a writer writes them back from here.
/// </summary>
public sealed record TeamColours
{
    /// <summary>The play-file key under <c>attack</c> and <c>defence</c>.</summary>
    public const string Key = "colour";

    /// <summary>The attack's shirt colour as #rrggbb, or null for the default.</summary>
    public string? Attack { get; init; }

    /// <summary>The defence's shirt colour as #rrggbb, or null for the default.</summary>
    public string? Defence { get; init; }

    /// <summary>The names a play file may use, with the colour each stands for.</summary>
    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["red"] = "#d62828",
        ["blue"] = "#1d4ed8",
        ["sky"] = "#38bdf8",
        ["navy"] = "#1e3a8a",
        ["green"] = "#15803d",
        ["yellow"] = "#facc15",
        ["orange"] = "#f97316",
        ["purple"] = "#7e22ce",
        ["claret"] = "#7f1d1d",
        ["white"] = "#ffffff",
        ["black"] = "#111111",
        ["grey"] = "#6b7280",
    };

    /// <summary>The colour as #rrggbb, or null with the reason it is not one.</summary>
    public static (string? Colour, string? Problem) Parse(string text)
    {
        var t = text.Trim();
        if (Names.TryGetValue(t, out var named))
        {
            return (named, null);
        }
        if (t.Length is 4 or 7 && t[0] == '#' && t.Skip(1).All(Uri.IsHexDigit))
        {
            var hex = t.Length == 4 ? string.Concat(t.Skip(1).Select(c => $"{c}{c}")) : t[1..];
            return ("#" + hex.ToLowerInvariant(), null);
        }
        return (null, $"'{text}' is not a colour: give \"#rrggbb\", \"#rgb\" or one of {string.Join(", ", Names.Keys)}");
    }

    /// <summary>Whether white text is readable on this #rrggbb colour (else black is used).</summary>
    public static bool IsDark(string colour)
    {
        var r = int.Parse(colour.AsSpan(1, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var g = int.Parse(colour.AsSpan(3, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        var b = int.Parse(colour.AsSpan(5, 2), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        return (0.299 * r) + (0.587 * g) + (0.114 * b) < 160;
    }
}
