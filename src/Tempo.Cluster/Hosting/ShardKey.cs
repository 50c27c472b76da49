namespace Tempo.Cluster.Hosting;

/// <summary>The key of a shard grain: the silo it must run on, then a fresh id, so every attempt is a new activation.</summary>
internal static class ShardKey
{
    private const char Separator = '|';

    public static string For(SiloAddress silo) => $"{silo.ToParsableString()}{Separator}{Guid.NewGuid():N}";

    public static SiloAddress? SiloOf(string key)
    {
        int end = key.IndexOf(Separator, StringComparison.Ordinal);
        return end <= 0 ? null : SiloAddress.FromParsableString(key[..end]);
    }
}
