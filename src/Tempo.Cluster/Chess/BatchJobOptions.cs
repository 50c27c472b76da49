using Tempo.Chess.Batch;

namespace Tempo.Cluster.Chess;

/// <summary><see cref="BatchOptions"/> as they travel to a silo.</summary>
[GenerateSerializer, Immutable]
public sealed record BatchJobOptions(
    [property: Id(0)] TimeSpan? TimePerPosition,
    [property: Id(1)] int Threads,
    [property: Id(2)] int MaxMoves,
    [property: Id(3)] int TableMegabytes,
    [property: Id(4)] bool ProveUnthemed)
{
    /// <summary>The travelling form of <paramref name="options"/>.</summary>
    public static BatchJobOptions From(BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        return new(options.TimePerPosition, options.Threads, options.MaxMoves, options.TableMegabytes, options.ProveUnthemed);
    }

    /// <summary>The options again.</summary>
    public BatchOptions ToOptions() => new()
    {
        TimePerPosition = TimePerPosition,
        Threads = Threads,
        MaxMoves = MaxMoves,
        TableMegabytes = TableMegabytes,
        ProveUnthemed = ProveUnthemed,
    };
}
