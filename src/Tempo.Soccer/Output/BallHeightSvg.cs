using System.Globalization;
using System.Text;
using Tempo.Soccer.Engine;

namespace Tempo.Soccer.Output;

/// <summary>Where a ball in the air peaked during a phase: its shadow on the grass and its height, so a lofted pass reads as one.</summary>
internal static class BallHeightSvg
{
    /// <summary>A ball lower than this (metres) is not labelled: a bounce or a ball at the feet.</summary>
    private const double Shown = 0.5;

    /// <summary>Appends, for each stretch of frames with the ball above <see cref="Shown"/>, a shadow and "h m" at its highest point.</summary>
    public static void AppendPeaks(StringBuilder sb, IReadOnlyList<Frame> frames)
    {
        var peak = -1;
        for (var i = 0; i <= frames.Count; i++)
        {
            var up = i < frames.Count && frames[i].BallHeight > Shown;
            if (up && (peak < 0 || frames[i].BallHeight > frames[peak].BallHeight))
            {
                peak = i;
            }
            if (!up && peak >= 0)
            {
                var f = frames[peak];
                var x = PitchSvg.F(f.Ball.X);
                var y = PitchSvg.Y(f.Ball.Y);
                sb.Append(CultureInfo.InvariantCulture, $"<ellipse class=\"ball-shadow\" cx=\"{x}\" cy=\"{PitchSvg.F(y)}\" rx=\"0.6\" ry=\"0.35\" fill=\"#000000\" opacity=\"0.45\"/>");
                sb.Append(CultureInfo.InvariantCulture, $"<text class=\"ball-height\" x=\"{PitchSvg.F(f.Ball.X + 0.8)}\" y=\"{PitchSvg.F(y - 0.8)}\" font-size=\"1.8\" fill=\"#ffffff\" stroke=\"#000000\" stroke-width=\"0.05\">{f.BallHeight:0.0} m</text>");
                peak = -1;
            }
        }
    }
}
