using System.Threading.Channels;

namespace Tempo.Async;

/// <summary>
/// What the simulation knows of one <see cref="Channel{T}"/> read and written through it: which lines have written to
/// it and which have read from it, so a line waiting on it can name the lines that could end its wait (those still
/// running).
/// </summary>
internal sealed class ChannelWatch<T>(Channel<T> channel, string name)
{
    private readonly List<Line?> _writers = [];
    private readonly List<Line?> _readers = [];

    public string Name { get; } = name;

    public void Wrote(Line? line) => Remember(_writers, line);

    public void Read(Line? line) => Remember(_readers, line);

    public string DescribeRead() => $"an item from channel '{Name}' (empty; {Others(_writers, "written to")})";

    public string DescribeWrite()
    {
        var fill = channel.Reader.CanCount ? $"full: {channel.Reader.Count} items" : "full";
        return $"room in channel '{Name}' ({fill}; {Others(_readers, "read from")})";
    }

    private static void Remember(List<Line?> lines, Line? line)
    {
        if (!lines.Contains(line))
        {
            lines.Add(line);
        }
    }

    private static string Others(List<Line?> lines, string verb)
    {
        var running = lines.Where(l => l is null || !l.HasFinished).Select(l => l is null ? "code outside lines" : $"'{l.Name}'").ToList();
        return running.Count == 0 ? $"no running line has {verb} it through the simulation" : $"{verb} by {string.Join(", ", running)}";
    }
}
