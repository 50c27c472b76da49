using Tempo.Soccer.Model;

namespace Tempo.Soccer.Engine;

/// <summary>Everyone's position every <see cref="Interval"/> seconds of world time (and whenever asked), for the pictures and the animation.</summary>
internal sealed class FrameRecorder(bool everyFrame)
{
    /// <summary>Seconds of world time between two recorded frames.</summary>
    public const double Interval = 0.1;

    private readonly List<Frame> _frames = [];
    private double _next = Interval;

    public IReadOnlyList<Frame> Frames => _frames;

    /// <summary>Records a frame when <paramref name="time"/> has reached the next one due.</summary>
    public void Tick(double time, IReadOnlyList<PlayerState> players, Vec2 ball, double ballHeight, PlayerState? holder)
    {
        if (time + 1e-9 >= _next)
        {
            Record(time, players, ball, ballHeight, holder);
            _next += Interval;
        }
    }

    /// <summary>Records a frame now (the start and the end of the play); without every frame, only the first is kept.</summary>
    public void Record(double time, IReadOnlyList<PlayerState> players, Vec2 ball, double ballHeight, PlayerState? holder)
    {
        if (!everyFrame && _frames.Count > 0)
        {
            return;
        }
        var positions = new Vec2[players.Count];
        for (var i = 0; i < positions.Length; i++)
        {
            positions[i] = players[i].Position;
        }
        _frames.Add(new Frame(Math.Round(time, 6), positions, ball, holder?.Index ?? -1, Math.Round(ballHeight, 3)));
    }
}
