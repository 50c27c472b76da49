using Tempo.Soccer.Engine;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Output;

/// <summary>What the event log derives in the spirit of StatsBomb: which events belong together, and who was under pressure.</summary>
internal static class EventLinks
{
    /// <summary>An opponent this close (metres) to the player when he acts puts him under pressure.</summary>
    private const double PressureDistance = 3.0;

    /// <summary>
    /// For each event, the indexes of the events it belongs with: a pass or shot and what ended its flight (the
    /// receipt, the interception, the block, the save or dive, the goal, the ball going out), both ways.
    /// </summary>
    public static List<int>[] Related(IReadOnlyList<PlayEvent> events)
    {
        var related = new List<int>[events.Count];
        for (var i = 0; i < related.Length; i++)
        {
            related[i] = [];
        }
        for (var i = 0; i < events.Count; i++)
        {
            if (events[i].Type is not (PlayEventType.Pass or PlayEventType.Shot))
            {
                continue;
            }
            for (var j = i + 1; j < events.Count; j++)
            {
                var type = events[j].Type;
                if (type is PlayEventType.Pass or PlayEventType.Shot)
                {
                    break;
                }
                if (type is PlayEventType.BallReceipt or PlayEventType.Interception or PlayEventType.Block or PlayEventType.Save or PlayEventType.GoalKeeper or PlayEventType.Goal or PlayEventType.Out or PlayEventType.Offside)
                {
                    related[i].Add(j);
                    related[j].Add(i);
                    if (type is not PlayEventType.GoalKeeper)
                    {
                        break;
                    }
                }
            }
        }
        return related;
    }

    /// <summary>Whether an opponent was within <see cref="PressureDistance"/> of the player at the event.</summary>
    public static bool UnderPressure(PlayResult result, PlayEvent e, PlayerId player)
    {
        var frame = result.FrameAt(e.Time);
        var me = result.IndexOf(player);
        if (me < 0)
        {
            return false;
        }
        for (var i = 0; i < result.Players.Count; i++)
        {
            if (result.Players[i].Id.Side != player.Side && frame.Players[i].DistanceTo(frame.Players[me]) <= PressureDistance)
            {
                return true;
            }
        }
        return false;
    }
}
