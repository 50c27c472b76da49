using System.Globalization;
using System.Text;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>The pieces of play-file text the importers write: numbers, points on the pitch, an attacker and his script.</summary>
internal static class PlayYamlText
{
    /// <summary>A number with at most two decimals.</summary>
    public static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>A point, clamped onto the pitch: <c>[x, y]</c>.</summary>
    public static string P(Vec2 p) => $"[{F(Math.Clamp(p.X, 0, Pitch.Length))}, {F(Math.Clamp(p.Y, 0, Pitch.Width))}]";

    /// <summary>
    /// The play file's header: the comment lines that say how it was made, its name and description, seed 1 and the
    /// horizon in seconds.
    /// </summary>
    public static void AppendHeader(StringBuilder yaml, IReadOnlyList<string> comments, string name, string description, double horizon)
    {
        foreach (var comment in comments)
        {
            yaml.AppendLine(CultureInfo.InvariantCulture, $"# {comment}");
        }
        yaml.AppendLine(CultureInfo.InvariantCulture, $"name: {name}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"description: {description}");
        yaml.AppendLine("seed: 1");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"horizon: {F(horizon)}");
    }

    /// <summary>An attacker: his number, a role from where he starts (a forward from x = 70 on), his place and his script.</summary>
    public static void AppendAttacker(StringBuilder yaml, int number, Vec2 at, IReadOnlyList<string> script)
    {
        yaml.AppendLine(CultureInfo.InvariantCulture, $"    - number: {number}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      role: {(at.X >= 70 ? "forward" : "midfielder")}");
        yaml.AppendLine(CultureInfo.InvariantCulture, $"      at: {P(at)}");
        if (script.Count > 0)
        {
            yaml.AppendLine("      actions:");
            foreach (var action in script)
            {
                yaml.AppendLine(CultureInfo.InvariantCulture, $"        - {action}");
            }
        }
    }
}
