using System.Globalization;
using System.Net;
using System.Text;
using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Output;

/// <summary>
/// Draws one phase of a play like the chapter's Figures 1.3–1.5: the pitch, every player where the
/// phase ends (faded where it started), arrows for the runs and the ball's path during the phase.
/// </summary>
public static class SvgFrameRenderer
{
    private const double Scale = 8.0;
    private const double Margin = 4.0;

    /// <summary>Centre-to-centre distance (metres on the pitch) below which two drawn markers overlap.</summary>
    private const double MarkerSpacing = 2.7;

    private const int CaptionCharacters = 110;
    private const double CaptionLineHeight = 19;
    private const double LegendHeight = 18;

    /// <summary>One frame of the play, at the end of <paramref name="phase"/>, with the paths run during it and its caption.</summary>
    public static string Render(PlayResult result, PlayPhase phase)
    {
        var sb = new StringBuilder();
        var width = (Pitch.Length + (2 * Margin)) * Scale;
        var caption = Wrap(string.Create(CultureInfo.InvariantCulture, $"Phase {phase.Number} ({phase.Start:0.0}–{phase.End:0.0} s): {phase.Caption}"), CaptionCharacters);
        var height = ((Pitch.Width + (2 * Margin)) * Scale) + 20 + LegendHeight + (CaptionLineHeight * caption.Count);
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
                Marker(sb, result.Play, spec, first.Players[i], 0.35);
            }
        }
        // The ball's path in pieces: solid with an arrow while it travels alone (a pass or a shot), dotted while a
        // player carries it (a dribble), so a dribble is not read as a pass.
        foreach (var (piece, carried) in BallPieces(frames))
        {
            if (Travelled(piece) > 1)
            {
                sb.Append(carried
                    ? $"<polyline class=\"dribble-path\" points=\"{Points(piece)}\" fill=\"none\" stroke=\"#ffb300\" stroke-width=\"0.4\" stroke-dasharray=\"0.3,0.5\" stroke-linecap=\"round\"/>"
                    : $"<polyline class=\"ball-path\" points=\"{Points(piece)}\" fill=\"none\" stroke=\"#ffeb3b\" stroke-width=\"0.45\" marker-end=\"url(#arrow-ball)\"/>");
            }
        }
        BallHeightSvg.AppendPeaks(sb, frames);
        // Each passer also where he played the ball (if he has moved on), so the arrow starts at a player of the right
        // team; drawn last and kept clear of the others like every marker.
        var passers = result.Events
            .Where(e => e.Type is PlayEventType.Pass or PlayEventType.Shot && e.Time >= phase.Start - 1e-9 && e.Time <= phase.End + 1e-9)
            .Select(e => (Index: e.Player is { } who ? result.IndexOf(who) : -1, At: e.Location ?? default))
            .Where(p => p.Index >= 0 && last.Players[p.Index].DistanceTo(p.At) > MarkerSpacing)
            .ToList();
        var drawn = Separate([.. last.Players, .. passers.Select(p => p.At)]);
        for (var i = 0; i < result.Players.Count; i++)
        {
            Marker(sb, result.Play, result.Players[i], drawn[i], 1.0);
        }
        for (var k = 0; k < passers.Count; k++)
        {
            Marker(sb, result.Play, result.Players[passers[k].Index], drawn[result.Players.Count + k], 0.8, "passer");
        }
        var ball = BallBeside(last.Ball, drawn);
        sb.Append($"<circle class=\"ball\" cx=\"{PitchSvg.F(ball.X)}\" cy=\"{PitchSvg.F(PitchSvg.Y(ball.Y))}\" r=\"0.55\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"0.15\"/>");
        sb.Append("</g>");
        var y = ((Pitch.Width + (2 * Margin)) * Scale) + 16;
        PhaseLegend.Append(sb, result.Play, Margin * Scale, y);
        y += LegendHeight + 6;
        foreach (var line in caption)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<text class=\"caption\" x=\"{PitchSvg.F(Margin * Scale)}\" y=\"{PitchSvg.F(y)}\" font-size=\"15\" fill=\"#111111\">{WebUtility.HtmlEncode(line)}</text>");
            y += CaptionLineHeight;
        }
        sb.Append("</svg>");
        return sb.ToString();
    }

    private static IEnumerable<(List<Vec2> Piece, bool Carried)> BallPieces(List<Frame> frames)
    {
        var piece = new List<Vec2> { frames[0].Ball };
        var carried = frames[0].Holder >= 0;
        for (var i = 1; i < frames.Count; i++)
        {
            var now = frames[i].Holder >= 0;
            piece.Add(frames[i].Ball);
            if (now != carried)
            {
                yield return (piece, carried);
                piece = [frames[i].Ball];
                carried = now;
            }
        }
        yield return (piece, carried);
    }

    /// <summary>Where to draw each player: pushed apart (in the picture only) where two would hide each other's number.</summary>
    private static Vec2[] Separate(Vec2[] positions)
    {
        var drawn = positions.ToArray();
        for (var round = 0; round < 8; round++)
        {
            var moved = false;
            for (var i = 0; i < drawn.Length; i++)
            {
                for (var j = i + 1; j < drawn.Length; j++)
                {
                    var gap = drawn[j] - drawn[i];
                    var d = gap.Length;
                    if (d >= MarkerSpacing)
                    {
                        continue;
                    }
                    var away = d < 1e-6 ? new Vec2(0, 1) : gap * (1 / d);
                    var push = away * ((MarkerSpacing - d) / 2);
                    drawn[i] -= push;
                    drawn[j] += push;
                    moved = true;
                }
            }
            if (!moved)
            {
                break;
            }
        }
        return drawn;
    }

    /// <summary>The ball beside, not on top of, the player who has it, so his number stays readable.</summary>
    private static Vec2 BallBeside(Vec2 ball, Vec2[] players)
    {
        foreach (var p in players)
        {
            var offset = ball - p;
            if (offset.Length < 1.6)
            {
                var direction = offset.Length < 1e-6 ? new Vec2(1, 0) : offset * (1 / offset.Length);
                return p + (direction * 1.75);
            }
        }
        return ball;
    }

    private static List<string> Wrap(string text, int width)
    {
        var lines = new List<string>();
        var line = new StringBuilder();
        foreach (var word in text.Split(' '))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > width)
            {
                lines.Add(line.ToString());
                line.Clear();
            }
            line.Append(line.Length > 0 ? " " : "").Append(word);
        }
        lines.Add(line.ToString());
        return lines;
    }

    private static void Marker(StringBuilder sb, Play play, PlayerSpec spec, Vec2 at, double opacity, string? cls = null)
    {
        cls ??= opacity < 1 ? "ghost" : "player";
        sb.Append(CultureInfo.InvariantCulture, $"<g class=\"{cls}\" opacity=\"{PitchSvg.F(opacity)}\"><circle cx=\"{PitchSvg.F(at.X)}\" cy=\"{PitchSvg.F(PitchSvg.Y(at.Y))}\" r=\"1.3\" fill=\"{PitchSvg.ColourOf(play, spec)}\" stroke=\"#ffffff\" stroke-width=\"0.2\"/>");
        sb.Append(CultureInfo.InvariantCulture, $"<text x=\"{PitchSvg.F(at.X)}\" y=\"{PitchSvg.F(PitchSvg.Y(at.Y) + 0.55)}\" font-size=\"1.5\" text-anchor=\"middle\" fill=\"{PitchSvg.NumberColourOf(play, spec)}\" font-weight=\"bold\">{spec.Id.Number}</text></g>");
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
