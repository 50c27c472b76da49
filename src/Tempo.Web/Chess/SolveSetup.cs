using Tempo.Chess;
using Tempo.Chess.Solving;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>
/// A solve request read with the CLI's parsers (<see cref="SolveOptionText"/>): <c>{"fen","max","threads","time","line","format"}</c>,
/// plus this server's caps on threads and time.
/// </summary>
internal sealed record SolveSetup(Position Position, MateSolverOptions Options, string Format)
{
    private static readonly string[] Formats = ["json", "table", "tree", "pgn"];

    public static SolveSetup From(RequestFields fields, ServerOptions server)
    {
        var threadsText = fields.Optional("threads");
        var threads = SolveOptionText.ParseThreads(threadsText);
        if (threads > server.MaxThreadsPerJob)
        {
            throw new SolveOptionException($"--threads: '{threadsText}' is more than this server gives one solve ({server.MaxThreadsPerJob})");
        }
        var timeText = fields.Optional("time");
        var time = SolveOptionText.ParseSeconds(timeText, "--time");
        if (time > server.SolveTimeCap)
        {
            throw new SolveOptionException($"--time: '{timeText}' is more than this server gives one solve ({server.SolveTimeCap.TotalSeconds:0} s)");
        }
        var format = fields.Optional("format") ?? "json";
        if (!Formats.Contains(format))
        {
            throw new BadInputException($"--format: '{format}' is not one of {string.Join(", ", Formats)}");
        }
        var options = new MateSolverOptions
        {
            MaxMoves = SolveOptionText.ParseMax(fields.Optional("max"), 8),
            Threads = threads,
            TimeLimit = time ?? server.SolveTimeCap,
            TableMegabytes = SolveOptionText.ParseHash(fields.Optional("hash")),
            Line = fields.Optional("line") is { Length: > 0 } line ? [line] : null,
        };
        return new SolveSetup(SolveOptionText.ParsePosition(fields.Required("fen")), options, format);
    }

    /// <summary>The result as the CLI prints it with <c>--format</c>, and the media type to send it as.</summary>
    public static (string Text, string ContentType) Render(MateResult result, string format) => format switch
    {
        "table" => (result.FormatTable(), "text/plain; charset=utf-8"),
        "tree" => (result.FormatTree(), "text/plain; charset=utf-8"),
        "pgn" => (result.ToPgn(), "application/x-chess-pgn; charset=utf-8"),
        _ => (result.ToJson(), "application/json; charset=utf-8"),
    };
}
