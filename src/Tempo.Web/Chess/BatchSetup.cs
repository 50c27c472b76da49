using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Tempo.Chess.Batch;
using Tempo.Chess.Solving;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>
/// A batch request: the file as the body (EPD, Lichess CSV or PGN, as <c>tempo chess batch</c> reads it) and the CLI's
/// options in the query (<c>name, max, threads, time-per, hash, stip</c>), read with the CLI's parsers and this
/// server's caps. Whatever is wrong with the whole file (empty, a bad CSV header, too many positions, no readable
/// line) is refused before anything is solved; an unreadable line among readable ones is a result line, as in the CLI.
/// </summary>
internal sealed record BatchSetup(string Name, IReadOnlyList<BatchEntry> Entries, BatchOptions Options)
{
    private static readonly string[] Fields = ["name", "max", "threads", "time-per", "hash", "stip"];

    public static async Task<BatchSetup> ReadAsync(HttpRequest request, ServerOptions server)
    {
        var query = request.Query;
        if (query.Keys.FirstOrDefault(k => !Fields.Contains(k)) is { } unknown)
        {
            throw new BadInputException($"{unknown}: not an option of a batch (give {string.Join(", ", Fields)})");
        }
        var options = ReadOptions(query, server);
        var text = await ReadBodyAsync(request, NameOrNull(query) ?? "the batch file", server);
        var name = NameOrNull(query) ?? (text.TrimStart().StartsWith('[') ? "pasted.pgn" : "pasted.epd");
        var entries = BatchReader.Read(text.Split('\n').Select(line => line.TrimEnd('\r')), name).ToList();
        if (entries.Count == 0)
        {
            throw new BadInputException($"{name}: no positions (expected EPD lines, a Lichess puzzle CSV or PGN games)");
        }
        if (entries.Count > server.MaxBatchPositions)
        {
            throw new BadInputException($"{name}: {entries.Count} positions, more than this server proves in one batch ({server.MaxBatchPositions}); split the file");
        }
        if (entries.All(e => e.Error is not null))
        {
            throw new BadInputException($"{name}: no readable position ({entries[0].Error})");
        }
        return new BatchSetup(name, entries, options);
    }

    private static BatchOptions ReadOptions(IQueryCollection query, ServerOptions server)
    {
        var threadsText = Field(query, "threads");
        var threads = SolveOptionText.ParseThreads(threadsText);
        if (threads > server.MaxThreadsPerJob)
        {
            throw new SolveOptionException($"--threads: '{threadsText}' is more than this server gives one solve ({server.MaxThreadsPerJob})");
        }
        var timeText = Field(query, "time-per");
        var time = SolveOptionText.ParseSeconds(timeText, "--time-per");
        if (time > server.BatchTimePerPositionCap)
        {
            throw new SolveOptionException($"--time-per: '{timeText}' is more than this server gives one position ({server.BatchTimePerPositionCap.TotalSeconds:0} s)");
        }
        var stipulation = SolveOptionText.ParseStipulation(Field(query, "stip"));
        if (stipulation is { Kind: StipulationKind.Help })
        {
            throw new SolveOptionException($"--stip: {stipulation} is a helpmate; chess batch proves #N and s#N (solve helpmates with chess solve)");
        }
        return new BatchOptions
        {
            Selfmate = stipulation?.Kind == StipulationKind.Self,
            TimePerPosition = time ?? server.BatchDefaultTimePerPosition,
            Threads = threads,
            MaxMoves = stipulation?.Moves ?? SolveOptionText.ParseMax(Field(query, "max"), 8),
            TableMegabytes = SolveOptionText.ParseHash(Field(query, "hash")),
        };
    }

    private static async Task<string> ReadBodyAsync(HttpRequest request, string name, ServerOptions server)
    {
        if (request.ContentLength > server.MaxBatchBytes)
        {
            throw TooLarge(name, server);
        }
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } limit)
        {
            limit.MaxRequestBodySize = server.MaxBatchBytes;
        }
        try
        {
            using var reader = new StreamReader(request.Body);
            return await reader.ReadToEndAsync(request.HttpContext.RequestAborted);
        }
        catch (BadHttpRequestException e) when (e.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            throw TooLarge(name, server);
        }
    }

    private static BadHttpRequestException TooLarge(string name, ServerOptions server) =>
        new($"{name}: larger than the {server.MaxBatchBytes / 1024} KiB this server takes in one batch; split the file", StatusCodes.Status413PayloadTooLarge);

    private static string? NameOrNull(IQueryCollection query) => Field(query, "name") switch
    {
        null or "" => null,
        { Length: > 200 } => throw new BadInputException("name: longer than 200 characters"),
        var name when name.Any(char.IsControl) => throw new BadInputException("name: contains a control character"),
        // Only the extension is used (to tell PGN and CSV from EPD); the name is never a path.
        var name => Path.GetFileName(name.Replace('\\', '/')),
    };

    private static string? Field(IQueryCollection query, string name) =>
        query.TryGetValue(name, out var values) ? values.ToString() : null;
}
