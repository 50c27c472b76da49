using System.Globalization;
using System.Text;
using Tempo.Soccer.Model;
using Tempo.Soccer.Plays;

namespace Tempo.Soccer.Output;

/// <summary>Draws the Law 1 markings as SVG, in metres (callers scale with a transform).</summary>
public static class PitchSvg
{
    internal const string Grass = "#2e7d32";
    internal const string GrassLight = "#388e3c";
    internal const string AttackColour = "#d62828";
    internal const string AttackKeeperColour = "#f77f00";
    internal const string DefenceColour = "#1d4ed8";
    internal const string DefenceKeeperColour = "#0f766e";

    internal static string F(double v) => v.ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Markings, with the field's top-left at (0,0) and y drawn downwards from the y = 68 touch line.</summary>
    public static void AppendPitch(StringBuilder sb)
    {
        const double L = Pitch.Length, W = Pitch.Width;
        sb.Append($"<rect x=\"-4\" y=\"-4\" width=\"{F(L + 8)}\" height=\"{F(W + 8)}\" fill=\"{Grass}\"/>");
        for (var i = 0; i < 10; i += 2)
        {
            sb.Append($"<rect x=\"{F(i * L / 10)}\" y=\"0\" width=\"{F(L / 10)}\" height=\"{F(W)}\" fill=\"{GrassLight}\"/>");
        }
        sb.Append("<g fill=\"none\" stroke=\"#ffffff\" stroke-width=\"0.12\">");
        sb.Append($"<rect x=\"0\" y=\"0\" width=\"{F(L)}\" height=\"{F(W)}\"/>");
        sb.Append($"<line x1=\"{F(L / 2)}\" y1=\"0\" x2=\"{F(L / 2)}\" y2=\"{F(W)}\"/>");
        sb.Append($"<circle cx=\"{F(L / 2)}\" cy=\"{F(W / 2)}\" r=\"{F(Pitch.CentreCircleRadius)}\"/>");
        foreach (var left in new[] { true, false })
        {
            var x0 = left ? 0 : L;
            var dir = left ? 1 : -1;
            Box(sb, x0, dir, Pitch.PenaltyAreaDepth, Pitch.PenaltyAreaWidth);
            Box(sb, x0, dir, Pitch.GoalAreaDepth, Pitch.GoalAreaWidth);
            var mark = x0 + (dir * Pitch.PenaltyMarkDistance);
            // Penalty arc: the part of the 9.15 m circle round the mark that lies outside the area.
            var edge = x0 + (dir * Pitch.PenaltyAreaDepth);
            var half = Math.Sqrt((Pitch.CentreCircleRadius * Pitch.CentreCircleRadius) - ((edge - mark) * (edge - mark)));
            sb.Append($"<path d=\"M {F(edge)} {F((W / 2) - half)} A {F(Pitch.CentreCircleRadius)} {F(Pitch.CentreCircleRadius)} 0 0 {(left ? 1 : 0)} {F(edge)} {F((W / 2) + half)}\"/>");
            sb.Append($"<rect x=\"{F(left ? -1.5 : L)}\" y=\"{F(Pitch.LowerPostY)}\" width=\"1.5\" height=\"{F(Pitch.GoalWidth)}\" stroke-width=\"0.2\"/>");
            sb.Append($"<circle cx=\"{F(mark)}\" cy=\"{F(W / 2)}\" r=\"0.2\" fill=\"#ffffff\"/>");
        }
        foreach (var (cx, cy, a0, a1) in new[] { (0.0, 0.0, 0, 90), (L, 0.0, 90, 180), (L, W, 180, 270), (0.0, W, 270, 360) })
        {
            var r = Pitch.CornerArcRadius;
            var p0 = (cx + (r * Math.Cos(a0 * Math.PI / 180)), cy + (r * Math.Sin(a0 * Math.PI / 180)));
            var p1 = (cx + (r * Math.Cos(a1 * Math.PI / 180)), cy + (r * Math.Sin(a1 * Math.PI / 180)));
            sb.Append($"<path d=\"M {F(p0.Item1)} {F(p0.Item2)} A {F(r)} {F(r)} 0 0 1 {F(p1.Item1)} {F(p1.Item2)}\"/>");
        }
        sb.Append($"<circle cx=\"{F(L / 2)}\" cy=\"{F(W / 2)}\" r=\"0.2\" fill=\"#ffffff\"/>");
        sb.Append("</g>");
    }

    private static void Box(StringBuilder sb, double x0, int dir, double depth, double width)
    {
        var x = dir > 0 ? x0 : x0 - depth;
        sb.Append($"<rect x=\"{F(x)}\" y=\"{F((Pitch.Width - width) / 2)}\" width=\"{F(depth)}\" height=\"{F(width)}\"/>");
    }

    /// <summary>SVG y for a pitch y (SVG's y grows downwards; the pitch's y = 68 touch line is drawn at the top).</summary>
    public static double Y(double y) => Pitch.Width - y;

    /// <summary>The shirt colour a player is drawn in: his team's colour from the play file, else the default; goalkeepers apart.</summary>
    public static string ColourOf(Play play, PlayerSpec p)
    {
        ArgumentNullException.ThrowIfNull(play);
        ArgumentNullException.ThrowIfNull(p);
        var team = p.Id.Side == Side.Attack ? play.Colours.Attack : play.Colours.Defence;
        return team is not null && p.Role != Role.Goalkeeper ? team : ColourOf(p);
    }

    /// <summary>The colour of the shirt number on <see cref="ColourOf(Play, PlayerSpec)"/>: white, or black on a light shirt.</summary>
    public static string NumberColourOf(Play play, PlayerSpec p) => TeamColours.IsDark(ColourOf(play, p)) ? "#ffffff" : "#111111";

    /// <summary>The default shirt colour a player is drawn in (attack red, defence blue, goalkeepers apart).</summary>
    public static string ColourOf(PlayerSpec p) => (p.Id.Side, p.Role) switch
    {
        (Side.Attack, Role.Goalkeeper) => AttackKeeperColour,
        (Side.Attack, _) => AttackColour,
        (Side.Defence, Role.Goalkeeper) => DefenceKeeperColour,
        _ => DefenceColour,
    };
}
