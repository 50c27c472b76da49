using System.Globalization;
using System.Net;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Output;

/// <summary>The key under every phase picture: the two teams' shirts by name, and what each kind of line means.</summary>
internal static class PhaseLegend
{
    /// <summary>Appends the legend as one row whose top-left is at (<paramref name="x"/>, <paramref name="top"/>) in pixels.</summary>
    public static void Append(StringBuilder sb, Play play, double x, double top)
    {
        var mid = top + 8;
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\" font-size=\"13\" fill=\"#111111\">");
        foreach (var (side, name) in new[] { (Side.Attack, play.AttackName), (Side.Defence, play.DefenceName) })
        {
            var sample = new PlayerSpec { Id = new PlayerId(side, 1), Role = Role.Midfielder, Start = default };
            sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{PitchSvg.F(x + 7)}\" cy=\"{PitchSvg.F(mid)}\" r=\"7\" fill=\"{PitchSvg.ColourOf(play, sample)}\" stroke=\"#555555\" stroke-width=\"1\"/>");
            var label = $"{name} ({(side == Side.Attack ? "attack" : "defence")})";
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(x + 18)}\" y=\"{PitchSvg.F(mid + 4.5)}\">{WebUtility.HtmlEncode(label)}</text>");
            x += 30 + (7.2 * label.Length);
        }
        foreach (var (kind, stroke, dash, width, label) in new[]
        {
            ("run", "#2e7d32", "6,4", "2", "run"),
            ("ball", "#c9a800", "", "3", "pass or shot"),
            ("dribble", "#ffb300", "2,4", "3", "dribble"),
        })
        {
            sb.Append(CultureInfo.InvariantCulture, $"<line class=\"legend-{kind}\" x1=\"{PitchSvg.F(x)}\" y1=\"{PitchSvg.F(mid)}\" x2=\"{PitchSvg.F(x + 28)}\" y2=\"{PitchSvg.F(mid)}\" stroke=\"{stroke}\" stroke-width=\"{width}\"{(dash.Length > 0 ? $" stroke-dasharray=\"{dash}\"" : "")}/>");
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(x + 34)}\" y=\"{PitchSvg.F(mid + 4.5)}\">{label}</text>");
            x += 46 + (7.2 * label.Length);
        }
        sb.Append(CultureInfo.InvariantCulture, $"<circle cx=\"{PitchSvg.F(x + 7)}\" cy=\"{PitchSvg.F(mid)}\" r=\"7\" fill=\"#888888\" opacity=\"0.35\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(x + 18)}\" y=\"{PitchSvg.F(mid + 4.5)}\">where the phase began</text>");
        sb.Append("</g>");
    }
}
