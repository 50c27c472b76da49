using Tempo.Soccer.Model;

namespace Tempo.Soccer.Plays;

/// <summary>The names of restarts in play files (<c>restart: corner_kick</c>), one table that the reader and the writer share.</summary>
public static class RestartNames
{
    private static readonly (Restart Restart, string Name)[] Table =
    [
        (Restart.OpenPlay, "open_play"),
        (Restart.ThrowIn, "throw_in"),
        (Restart.GoalKick, "goal_kick"),
        (Restart.CornerKick, "corner_kick"),
        (Restart.FreeKick, "free_kick"),
    ];

    /// <summary>Every name, in the order the docs list them.</summary>
    public static IReadOnlyList<string> All { get; } = Table.Select(t => t.Name).ToArray();

    /// <summary>The play-file name of <paramref name="restart"/>.</summary>
    public static string NameOf(Restart restart) => Table.First(t => t.Restart == restart).Name;

    /// <summary>The restart a play file names, or null when the name is not one.</summary>
    public static Restart? Find(string name)
    {
        foreach (var (restart, known) in Table)
        {
            if (known == name)
            {
                return restart;
            }
        }
        return null;
    }
}
