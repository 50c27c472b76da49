using Tempo.Soccer.Output;
using Tempo.Timeline;

namespace Tempo.Soccer.Lines;

/// <summary>
/// Writes onto the runtime's <see cref="Trace"/> what happens at an instant, which the runtime cannot see: a player's
/// act that takes no time (a pass played, a shot struck, a decision to meet the pass) and each change of the ball's
/// state ("with #10", "pass #2→#10", "in the net"), as events on the line concerned. With the runtime's own spans this
/// makes the trace the one record of every line of control that every view of a play is drawn from.
/// </summary>
internal sealed class TraceNotes(Trace trace)
{
    private (double Time, string State)? _pendingBall;

    /// <summary>The ball's line, once it has started; ball states noted before are kept until then.</summary>
    public LineOfControlTrace? Ball { get; set; }

    /// <summary>The ball's state changed at <paramref name="seconds"/> of world time; a state replaced at the same instant is not recorded.</summary>
    public void BallChanged(double seconds, string state)
    {
        if (_pendingBall is { } pending && pending.Time < seconds - 1e-9)
        {
            FlushBall();
        }
        _pendingBall = (seconds, state);
    }

    /// <summary>Records an instant act of a line at <paramref name="seconds"/>.</summary>
    public void Add(LineOfControlTrace line, double seconds, string what)
    {
        if (_pendingBall is { } pending && pending.Time < seconds - 1e-9)
        {
            FlushBall();
        }
        trace.AddEvent(line, PlayLines.ToTime(seconds), what);
    }

    /// <summary>Records the ball's last state (at the end of the run).</summary>
    public void FlushBall()
    {
        if (_pendingBall is { } pending && Ball is not null)
        {
            trace.AddEvent(Ball, PlayLines.ToTime(pending.Time), pending.State);
            _pendingBall = null;
        }
    }
}
