using System.Text.Json;

namespace Tempo.Chess.Solving;

/// <summary>
/// Solves one batch position and compares it with the file. A known distance N is searched exactly up to N
/// (so "none" means no mate in N, and a shorter mate is a disagreement: a short solution); "N or more" searches
/// up to max(N, <see cref="BatchOptions.MaxMoves"/>) and agrees with any proven mate of at least N. A negative N
/// (the side to move is mated in |N|) is checked by solving every reply: status "mated" and mate −N when it holds.
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
            return SolveMated(entry, entry.Position, -entry.Expected.Value, options, cancellationToken);
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
            TableMegabytes = options.TableMegabytes,
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

    /// <summary>
    /// "The side to move is mated in N" (a negative distance): every move must allow a mate in at most N, and the
    /// longest resistance is the distance. Each reply is proven by its own solve with the opponent attacking.
    /// </summary>
    private static BatchOutcome SolveMated(BatchEntry entry, Position position, int expected, BatchOptions options, CancellationToken cancellationToken)
    {
        var watch = System.Diagnostics.Stopwatch.StartNew();
        var moves = MoveOrder.SortedLegalMoves(position);
        long nodes = 0;
        int longest = 0;
        string status = "mated";
        IReadOnlyList<string> line = [];
        if (moves.Length == 0)
        {
            status = position.InCheck ? "mated" : "none";
        }
        foreach (var move in moves)
        {
            var remaining = options.TimePerPosition - watch.Elapsed;
            if (remaining is { } left && left <= TimeSpan.Zero)
            {
                status = "unknown";
                break;
            }
            string san = position.ToSan(move);
            var child = position.Clone();
            child.MakeMove(move);
            var result = MateSolver.Solve(Position.Parse(child.ToFen()), new MateSolverOptions
            {
                MaxMoves = expected,
                TimeLimit = remaining,
                Threads = options.Threads,
                BuildTree = false,
                FindTries = false,
                TableMegabytes = options.TableMegabytes,
            }, cancellationToken);
            nodes += result.Nodes;
            if (result.Status != MateStatus.Mate)
            {
                status = result.Status == MateStatus.None ? "none" : "unknown";
                line = [san];
                break;
            }
            if (result.MateIn > longest)
            {
                longest = result.MateIn!.Value;
                line = [san, .. result.MainLine];
            }
        }
        bool agrees = status == "mated" && longest == expected;
        string json = MateJsonFormatter.WriteObject(writer =>
        {
            WriteHeader(writer, entry);
            writer.WriteBoolean("expectedAtLeast", false);
            writer.WriteBoolean("agrees", agrees);
            writer.WriteString("fen", position.ToFen());
            writer.WriteString("sideToMove", position.SideToMove == Color.White ? "white" : "black");
            writer.WriteString("status", status);
            if (status == "mated")
            {
                writer.WriteNumber("mate", -longest);
            }
            else
            {
                writer.WriteNull("mate");
            }
            writer.WriteStartArray("line");
            foreach (var san in line)
            {
                writer.WriteStringValue(san);
            }
            writer.WriteEndArray();
            writer.WriteNumber("nodes", nodes);
            writer.WriteNumber("ms", watch.ElapsedMilliseconds);
        });
        return new BatchOutcome(entry, null, agrees, agrees, json);
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
