using Tempo.Chess;
using Tempo.Chess.Batch;

namespace Tempo.Cluster.Chess;

/// <summary>A batch position as it travels to a silo: the entry with its position as FEN.</summary>
[GenerateSerializer, Immutable]
public sealed record PositionJob(
    [property: Id(0)] int LineNumber,
    [property: Id(1)] string? Id,
    [property: Id(2)] string? Fen,
    [property: Id(3)] int? Expected,
    [property: Id(4)] bool ExpectedAtLeast,
    [property: Id(5)] string? Error,
    [property: Id(6)] bool NoMateTheme)
{
    /// <summary>The job of <paramref name="entry"/>.</summary>
    public static PositionJob From(BatchEntry entry)
    {
        ArgumentNullException.ThrowIfNull(entry);
        return new(entry.LineNumber, entry.Id, entry.Position?.ToFen(), entry.Expected, entry.ExpectedAtLeast, entry.Error, entry.NoMateTheme);
    }

    /// <summary>The entry again, its position parsed from the FEN.</summary>
    public BatchEntry ToEntry() =>
        new(LineNumber, Id, Fen is null ? null : Position.Parse(Fen), Expected, ExpectedAtLeast, Error) { NoMateTheme = NoMateTheme };
}
