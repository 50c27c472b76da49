using System.Text.Json;

namespace Tempo.Chess.Solving;

/// <summary>
/// Solves one batch position and compares it with the file. A known distance N is searched exactly up to N
/// (so "none" means no mate in N, and a shorter mate is a disagreement: a short solution); "N or more" searches
/// up to max(N, <see cref="BatchOptions.MaxMoves"/>) and agrees with any proven mate of at least N.
/// </summary>
public static class BatchSolver
{
    /// <summary>Solves <paramref name="entry"/>; never throws for bad input (the outcome carries the error).</summary>
    public static BatchOutcome Solve(BatchEntry entry, BatchOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entry);
        ArgumentNullException.ThrowIfNull(options);
        if (entry.Position is null)
        {
            return Error(entry, entry.Error ?? $"line {entry.LineNumber}: unreadable");
        }
        if (entry.Expected is < 0)
        {
            return Error(entry, $"line {entry.LineNumber}: expected distance {entry.Expected} means the side to move is mated; only mates for the side to move are proven");
        }
        int max = entry.Expected switch
        {
            null => options.MaxMoves,
            int n when entry.ExpectedAtLeast => Math.Max(n, options.MaxMoves),
            int n => n,
        };
        max = Math.Clamp(max, 1, MateSolverOptions.MaxMovesLimit);
        var result = MateSolver.Solve(entry.Position, new MateSolverOptions
        {
            MaxMoves = max,
            TimeLimit = options.TimePerPosition,
            Threads = options.Threads,
            MaxTreeMoves = 2_000,
            FindTries = false,
        }, cancellationToken);

        bool? agrees = entry.Expected switch
        {
            null => null,
            int n when entry.ExpectedAtLeast => result.Status == MateStatus.Mate && result.MateIn >= n,
            int n => result.Status == MateStatus.Mate && result.MateIn == n,
        };
        bool passed = result.Status != MateStatus.Unknown && agrees != false;
        string json = MateJsonFormatter.Write(result, writer =>
        {
            WriteHeader(writer, entry);
            writer.WriteBoolean("expectedAtLeast", entry.ExpectedAtLeast);
            if (agrees is { } value)
            {
                writer.WriteBoolean("agrees", value);
            }
            else
            {
                writer.WriteNull("agrees");
            }
            writer.WriteBoolean("shortSolution", result.Status == MateStatus.Mate && entry.Expected is { } expected && result.MateIn < expected);
        }, includeTree: false);
        return new BatchOutcome(entry, result, agrees, passed, json);
    }

    private static BatchOutcome Error(BatchEntry entry, string message)
    {
        string json = MateJsonFormatter.WriteObject(writer =>
        {
            WriteHeader(writer, entry);
            writer.WriteString("error", message);
        });
        return new BatchOutcome(entry, null, null, false, json);
    }

    private static void WriteHeader(Utf8JsonWriter writer, BatchEntry entry)
    {
        writer.WriteNumber("lineNumber", entry.LineNumber);
        if (entry.Id is { } id)
        {
            writer.WriteString("id", id);
        }
        else
        {
            writer.WriteNull("id");
        }
        if (entry.Expected is { } expected)
        {
            writer.WriteNumber("expected", expected);
        }
        else
        {
            writer.WriteNull("expected");
        }
    }
}
