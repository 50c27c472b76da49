using System.Globalization;
using System.Net;
using System.Text;

namespace Tempo.Soccer;

/// <summary>
/// Draws one phase of a play like the chapter's Figures 1.3–1.5: the pitch, every player where the
/// phase ends (faded where it started), arrows for the runs and the ball's path during the phase.
/// </summary>
public static class SvgFrameRenderer
{
    private const double Scale = 8.0;
    private const double Margin = 4.0;

    public static string Render(PlayResult result, PlayPhase phase)
    {
        var sb = new StringBuilder();
        var width = (Pitch.Length + (2 * Margin)) * Scale;
        var height = (Pitch.Width + (2 * Margin)) * Scale + 40;
        sb.Append(CultureInfo.InvariantCulture, $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{PitchSvg.F(width)}\" height=\"{PitchSvg.F(height)}\" viewBox=\"0 0 {PitchSvg.F(width)} {PitchSvg.F(height)}\" font-family=\"sans-serif\">");
        sb.Append("<defs>");
        foreach (var (id, colour) in new[] { ("run", "#ffffff"), ("ball", "#ffeb3b"), ("def", "#bfdbfe") })
        {
            sb.Append($"<marker id=\"arrow-{id}\" viewBox=\"0 0 10 10\" refX=\"8\" refY=\"5\" markerWidth=\"5\" markerHeight=\"5\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"{colour}\"/></marker>");
        }
        sb.Append("</defs>");
        sb.Append(CultureInfo.InvariantCulture, $"<g transform=\"translate({PitchSvg.F(Margin * Scale)},{PitchSvg.F(Margin * Scale)}) scale({PitchSvg.F(Scale)})\">");
        PitchSvg.AppendPitch(sb);
        var frames = result.Frames.Where(f => f.Time >= phase.Start - 1e-9 && f.Time <= phase.End + 1e-9).ToList();
        if (frames.Count == 0)
        {
            frames.Add(result.FrameAt(phase.Start));
        }
        var first = frames[0];
        var last = frames[^1];
        for (var i = 0; i < result.Players.Count; i++)
        {
            var spec = result.Players[i];
            var path = frames.Select(f => f.Players[i]).ToList();
            if (Travelled(path) > 3)
            {
                var attack = spec.Id.Side == Side.Attack;
                sb.Append($"<polyline class=\"run\" points=\"{Points(path)}\" fill=\"none\" stroke=\"{(attack ? "#ffffff" : "#bfdbfe")}\" stroke-width=\"{(attack ? "0.35" : "0.2")}\" stroke-dasharray=\"{(attack ? "1,0.6" : "0.6,0.6")}\" marker-end=\"url(#arrow-{(attack ? "run" : "def")})\"/>");
                Marker(sb, spec, first.Players[i], 0.35);
            }
        }
        var ballPath = frames.Select(f => f.Ball).ToList();
        if (Travelled(ballPath) > 1)
        {
            sb.Append($"<polyline class=\"ball-path\" points=\"{Points(ballPath)}\" fill=\"none\" stroke=\"#ffeb3b\" stroke-width=\"0.45\" marker-end=\"url(#arrow-ball)\"/>");
        }
        for (var i = 0; i < result.Players.Count; i++)
        {
            Marker(sb, result.Players[i], last.Players[i], 1.0);
        }
        sb.Append($"<circle class=\"ball\" cx=\"{PitchSvg.F(last.Ball.X)}\" cy=\"{PitchSvg.F(PitchSvg.Y(last.Ball.Y))}\" r=\"0.55\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"0.15\"/>");
        sb.Append("</g>");
        var caption = string.Create(CultureInfo.InvariantCulture, $"Phase {phase.Number} ({phase.Start:0.0}–{phase.End:0.0} s): {phase.Caption}");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(Margin * Scale)}\" y=\"{PitchSvg.F(height - 14)}\" font-size=\"15\" fill=\"#111111\">{WebUtility.HtmlEncode(caption)}</text>");
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static void Marker(StringBuilder sb, PlayerSpec spec, Vec2 at, double opacity)
    {
        var cls = opacity < 1 ? "ghost" : "player";
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"{cls}\" opacity=\"{PitchSvg.F(opacity)}\"><circle cx=\"{PitchSvg.F(at.X)}\" cy=\"{PitchSvg.F(PitchSvg.Y(at.Y))}\" r=\"1.3\" fill=\"{PitchSvg.ColourOf(spec)}\" stroke=\"#ffffff\" stroke-width=\"0.2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(at.X)}\" y=\"{PitchSvg.F(PitchSvg.Y(at.Y) + 0.55)}\" font-size=\"1.5\" text-anchor=\"middle\" fill=\"#ffffff\" font-weight=\"bold\">{spec.Id.Number}</text></g>");
    }

    private static double Travelled(List<Vec2> path)
    {
        var d = 0.0;
        for (var i = 1; i < path.Count; i++)
        {
            d += path[i].DistanceTo(path[i - 1]);
        }
        return d;
    }

    private static string Points(List<Vec2> path) =>
        string.Join(" ", path.Select(p => $"{PitchSvg.F(p.X)},{PitchSvg.F(PitchSvg.Y(p.Y))}"));
}
