using System.Globalization;
using System.Net;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Output;

namespace Tempo.Soccer.Tracking;

/// <summary>The real and the simulated play on one pitch: the ball's and the attackers' paths, real dashed, simulated solid.</summary>
public static class ComparisonSvg
{
    private const double Scale = 8.0;
    private const double Margin = 4.0;

    /// <summary>The overlay picture for a comparison of <paramref name="result"/> with <paramref name="data"/> from <paramref name="startFrame"/>.</summary>
    public static string Render(PlayResult result, TrackingData data, int startFrame, PlayComparison comparison)
    {
        ArgumentNullException.ThrowIfNull(result);
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(comparison);
        var width = (Pitch.Length + (2 * Margin)) * Scale;
        var pitchHeight = (Pitch.Width + (2 * Margin)) * Scale;
        var sb = new StringBuilder();
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PitchSvg.F(width)}\" height=\"{PitchSvg.F(pitchHeight + 70)}\" viewBox=\"0 0 {PitchSvg.F(width)} {PitchSvg.F(pitchHeight + 70)}\" font-family=\"sans-serif\">");
        sb.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({PitchSvg.F(Margin * Scale)},{PitchSvg.F(Margin * Scale)}) scale({PitchSvg.F(Scale)})\">");
        PitchSvg.AppendPitch(sb);
        var end = Math.Min(data.FrameCount - 1, startFrame + (int)Math.Round(comparison.ComparedSeconds * data.FrameRate));
        for (var i = 0; i < result.Players.Count; i++)
        {
            var spec = result.Players[i];
            if (spec.Id.Side != Side.Attack || comparison.TrackOf[i] < 0)
            {
                continue;
            }
            var colour = PitchSvg.ColourOf(result.Play, spec);
            var real = data.Players[comparison.TrackOf[i]].Positions.Skip(startFrame).Take(end - startFrame + 1).ToList();
            Path(sb, "real-player", real, colour, "0.25", "1,0.7");
            Path(sb, "sim-player", result.Frames.Select(f => f.Players[i]).ToList(), colour, "0.3", null);
            var at = result.Frames[^1].Players[i];
            sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(at.X)}\" y=\"{PitchSvg.F(PitchSvg.Y(at.Y) - 1)}\" font-size=\"1.6\" text-anchor=\"middle\" fill=\"#ffffff\">{spec.Id}</text>");
        }
        Path(sb, "real-ball", data.Ball.Skip(startFrame).Take(end - startFrame + 1).ToList(), "#ffffff", "0.35", "0.8,0.5");
        Path(sb, "sim-ball", result.Frames.Select(f => f.Ball).ToList(), "#ffeb3b", "0.4", null);
        sb.Append("</g>");
        var y = pitchHeight + 16;
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"legend\" font-size=\"13\"><line x1=\"32\" y1=\"{PitchSvg.F(y)}\" x2=\"60\" y2=\"{PitchSvg.F(y)}\" stroke=\"#555555\" stroke-width=\"3\" stroke-dasharray=\"8,5\"/><text x=\"66\" y=\"{PitchSvg.F(y + 4.5)}\">real (tracking)</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"190\" y1=\"{PitchSvg.F(y)}\" x2=\"218\" y2=\"{PitchSvg.F(y)}\" stroke=\"#555555\" stroke-width=\"3\"/><text x=\"224\" y=\"{PitchSvg.F(y + 4.5)}\">simulated</text>");
        sb.Append(CultureInfo.InvariantCulture, $"<line x1=\"320\" y1=\"{PitchSvg.F(y)}\" x2=\"348\" y2=\"{PitchSvg.F(y)}\" stroke=\"#c9a800\" stroke-width=\"3\"/><text x=\"354\" y=\"{PitchSvg.F(y + 4.5)}\">ball (white dashed: real)</text></g>");
        var summary = string.Create(CultureInfo.InvariantCulture,
            $"ball error median {comparison.Ball.Median:0.0} m (90th pct {comparison.Ball.P90:0.0} m); players median {comparison.Players.Median:0.0} m; goal real {Seconds(comparison.RealGoal)}, simulated {Seconds(comparison.SimulatedGoal)}; same event order: {(comparison.SameOrder ? "yes" : "no")}");
        sb.Append(CultureInfo.InvariantCulture, $"<text class=\"caption\" x=\"32\" y=\"{PitchSvg.F(y + 30)}\" font-size=\"14\" fill=\"#111111\">{WebUtility.HtmlEncode(summary)}</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static string Seconds(double? s) => s is { } v ? v.ToString("0.00 s", CultureInfo.InvariantCulture) : "none";

    private static void Path(StringBuilder sb, string cls, List<Vec2> points, string colour, string width, string? dash)
    {
        var list = string.Join(" ", points.Select(p => $"{PitchSvg.F(p.X)},{PitchSvg.F(PitchSvg.Y(p.Y))}"));
        sb.Append(CultureInfo.InvariantCulture, $"<polyline class=\"{cls}\" points=\"{list}\" fill=\"none\" stroke=\"{colour}\" stroke-width=\"{width}\"{(dash is null ? "" : $" stroke-dasharray=\"{dash}\"")}/>");
    }
}
