using Tempo.Timeline;

namespace Tempo.Async;

/// <summary>
/// What the simulation knows of one <see cref="SemaphoreSlim"/> taken and released through it: the acquisitions not
/// yet released, each with its line and time, so a line waiting for the semaphore can name who holds it.
/// </summary>
internal sealed class SemaphoreWatch(SemaphoreSlim semaphore, string name)
{
    private readonly List<(Line? Line, TimeSpan At)> _held = [];

    public string Name { get; } = name;

    public void Acquired(Line? line, TimeSpan at) => _held.Add((line, at));

    /// <summary>
    /// A release by <paramref name="line"/> gives back that line's latest acquisition; a line that releases what it did
    /// not take (a signal) gives back the oldest one.
    /// </summary>
    public void Released(Line? line)
    {
        var index = _held.FindLastIndex(h => h.Line == line);
        if (index < 0 && _held.Count > 0)
        {
            index = 0;
        }
        if (index >= 0)
        {
            _held.RemoveAt(index);
        }
    }

    public string DescribeWait()
    {
        var free = semaphore.CurrentCount == 0 ? "none free" : $"{semaphore.CurrentCount} free";
        if (_held.Count == 0)
        {
            return $"semaphore '{Name}' ({free}; no line took it through the simulation)";
        }
        var holders = _held.Select(h => $"{(h.Line is { } line ? $"'{line.Name}'" : "code outside lines")} since t={TimeFormat.Seconds(h.At)}");
        return $"semaphore '{Name}' held by {string.Join(", ", holders)} ({free})";
    }
}
