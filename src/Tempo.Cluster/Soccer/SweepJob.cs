using Tempo.Soccer.Lines;
using Tempo.Soccer.Plays;

namespace Tempo.Cluster.Soccer;

/// <summary>What every shard of a sweep shares: the play (the book's, or a play file's text), the base seed and the mode.</summary>
[GenerateSerializer, Immutable]
public sealed record SweepJob(
    [property: Id(0)] string? PlayText,
    [property: Id(1)] string PlaySource,
    [property: Id(2)] int Seed,
    [property: Id(3)] bool Sequential)
{
    /// <summary>The chapter's play (its lines are C# scripts, which every silo has built in).</summary>
    public static SweepJob Book(int seed, bool sequential) => new(null, "book", seed, sequential);

    /// <summary>The play and its scripts, as `soccer sweep` resolves them on one machine.</summary>
    public (Play Play, IReadOnlyDictionary<int, PlayScript>? Scripts) Resolve() =>
        PlayText is null ? (BookPlay.Load(), BookPlay.Scripts) : (PlayFile.Parse(PlayText, PlaySource), null);
}
