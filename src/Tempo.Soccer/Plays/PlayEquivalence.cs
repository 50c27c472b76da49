namespace Tempo.Soccer.Plays;

/// <summary>Whether two plays describe the same play, wherever each came from (a file, the built-in book, the editor).</summary>
public static class PlayEquivalence
{
    /// <summary>
    /// True when every field of the plays is equal (their <see cref="Play.Source"/> and the reader's
    /// <see cref="Play.Warnings"/> aside), player by player and action by action. Fields a record compares by value need no mention here, so a field added to the play is compared too.
    /// </summary>
    public static bool Same(Play a, Play b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a with { Source = "", Warnings = [], Players = Array.Empty<PlayerSpec>() } != b with { Source = "", Warnings = [], Players = Array.Empty<PlayerSpec>() }
            || a.Players.Count != b.Players.Count)
        {
            return false;
        }
        for (var i = 0; i < a.Players.Count; i++)
        {
            var (p, q) = (a.Players[i], b.Players[i]);
            if (p with { Actions = Array.Empty<Actions.PlayAction>() } != q with { Actions = Array.Empty<Actions.PlayAction>() }
                || !p.Actions.SequenceEqual(q.Actions))
            {
                return false;
            }
        }
        return true;
    }
}
