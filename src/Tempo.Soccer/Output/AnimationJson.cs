using System.Text.Json;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Output;

/// <summary>
/// The parts of a run an animation needs, shared by play.html and the browser app: the players
/// (<c>[{"label","number","side","colour"}]</c>) and the frames (<c>[[t, ballX, ballY, x1, y1, x2, y2, …]]</c>, metres, y up),
/// with <c>ballHeights</c> (metres, one per frame) when the ball left the ground.
/// </summary>
public static class AnimationJson
{
    /// <summary>Writes the <c>players</c> array, in the order of each frame's positions.</summary>
    public static void WritePlayers(Utf8JsonWriter w, PlayResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartArray("players");
        foreach (var p in result.Players)
        {
            w.WriteStartObject();
            w.WriteString("label", p.Id.ToString());
            w.WriteNumber("number", p.Id.Number);
            w.WriteString("side", p.Id.Side == Side.Attack ? "attack" : "defence");
            w.WriteString("colour", PitchSvg.ColourOf(result.Play, p));
            w.WriteString("numberColour", PitchSvg.NumberColourOf(result.Play, p));
            w.WriteEndObject();
        }
        w.WriteEndArray();
    }

    /// <summary>Writes the <c>frames</c> array.</summary>
    public static void WriteFrames(Utf8JsonWriter w, PlayResult result)
    {
        ArgumentNullException.ThrowIfNull(w);
        ArgumentNullException.ThrowIfNull(result);
        w.WriteStartArray("frames");
        foreach (var f in result.Frames)
        {
            w.WriteStartArray();
            w.WriteNumberValue(Math.Round(f.Time, 3));
            w.WriteNumberValue(Math.Round(f.Ball.X, 2));
            w.WriteNumberValue(Math.Round(f.Ball.Y, 2));
            foreach (var p in f.Players)
            {
                w.WriteNumberValue(Math.Round(p.X, 2));
                w.WriteNumberValue(Math.Round(p.Y, 2));
            }
            w.WriteEndArray();
        }
        w.WriteEndArray();
        // The ball's height per frame (metres), only when it left the ground: the frames keep their [t, x, y, …] form.
        if (result.Frames.Any(f => f.BallHeight > 0))
        {
            w.WriteStartArray("ballHeights");
            foreach (var f in result.Frames)
            {
                w.WriteNumberValue(Math.Round(f.BallHeight, 2));
            }
            w.WriteEndArray();
        }
    }
}
