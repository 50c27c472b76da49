using System.Collections.Concurrent;
using Tempo.Soccer.Lines;
using Tempo.Soccer.Plays;

namespace Tempo.Cluster.Soccer;

/// <summary>
/// The plays a silo's sweep shards run, resolved once per play and not once per shard: reading a play costs about
/// 16 ms, as much as 25 runs, which made a sweep in shards of 250 runs cost a tenth more than on one machine. A play
/// is shared by every run at once, as the one-machine sweep shares it between its threads.
/// </summary>
internal sealed class SweepPlayCache
{
    /// <summary>Plays kept at most; past it the cache starts again (sweeps of many different plays at once are rare).</summary>
    private const int Kept = 16;

    private readonly ConcurrentDictionary<(string? Text, string Source), Lazy<(Play, IReadOnlyDictionary<int, PlayScript>?)>> _plays = new();

    /// <summary>The play and scripts of <paramref name="job"/>, as <see cref="SweepJob.Resolve"/> gives them.</summary>
    public (Play Play, IReadOnlyDictionary<int, PlayScript>? Scripts) Resolve(SweepJob job)
    {
        ArgumentNullException.ThrowIfNull(job);
        if (_plays.Count >= Kept)
        {
            _plays.Clear();
        }
        return _plays.GetOrAdd((job.PlayText, job.PlaySource), _ => new(job.Resolve)).Value;
    }
}
