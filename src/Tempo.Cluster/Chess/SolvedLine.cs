using Tempo.Chess.Batch;

namespace Tempo.Cluster.Chess;

/// <summary>A position's answer as it comes back from a silo: its JSON line (as `chess batch` writes it) and how it counts.</summary>
[GenerateSerializer, Immutable]
public sealed record SolvedLine(
    [property: Id(0)] int LineNumber,
    [property: Id(1)] string Json,
    [property: Id(2)] BatchVerdict Verdict,
    [property: Id(3)] string? Error,
    [property: Id(4)] bool OutOfTime);
