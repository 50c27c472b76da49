using Tempo.Chess;
using Tempo.Chess.Solving;
using Tempo.Web.Hosting;

namespace Tempo.Web.Chess;

/// <summary>
/// A solve request read with the CLI's parsers (<see cref="SolveOptionText"/>):
/// <c>{"fen","stip","max","threads","time","line","format"}</c>, plus this server's caps on threads and time. A helpmate
/// stipulation (<c>h#N</c>, <c>h#N.5</c>) sets <see cref="Help"/>; <c>s#N</c> a selfmate of N moves.
/// </summary>
internal sealed record SolveSetup(Position Position, MateSolverOptions Options, string Format)
{
    /// <summary>The helpmate asked for, or null for a directmate or selfmate.</summary>
    public Stipulation? Help { get; init; }

    /// <summary>The helpmate's options (threads, time, table) when <see cref="Help"/> is set.</summary>
    public HelpmateOptions HelpOptions => new()
    {
        Threads = Options.Threads,
        TimeLimit = Options.TimeLimit,
        TableMegabytes = Options.TableMegabytes,
        MaxSolutions = MaxSolutions,
    };

    /// <summary>Helpmates: at most this many solutions, or null.</summary>
    public int? MaxSolutions { get; init; }

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
        var stipulation = SolveOptionText.ParseStipulation(fields.Optional("stip"));
        if (stipulation is { Kind: StipulationKind.Help } && format == "pgn")
        {
            throw new SolveOptionException($"--format pgn: not available for helpmates ({stipulation}); use json, table or tree");
        }
        var options = new MateSolverOptions
        {
            MaxMoves = stipulation is { Kind: not StipulationKind.Help } given ? given.Moves : SolveOptionText.ParseMax(fields.Optional("max"), 8),
            Selfmate = stipulation?.Kind == StipulationKind.Self,
            Threads = threads,
            TimeLimit = time ?? server.SolveTimeCap,
            TableMegabytes = SolveOptionText.ParseHash(fields.Optional("hash")),
            Line = fields.Optional("line") is { Length: > 0 } line ? [line] : null,
        };
        return new SolveSetup(SolveOptionText.ParsePosition(fields.Required("fen")), options, format)
        {
            Help = stipulation is { Kind: StipulationKind.Help } ? stipulation : null,
            MaxSolutions = SolveOptionText.ParseMaxSolutions(fields.Optional("maxSolutions")),
        };
    }

    /// <summary>A helpmate's result as the CLI prints it with <c>--format</c>, and the media type to send it as.</summary>
    public static (string Text, string ContentType) Render(HelpmateResult result, string format) => format switch
    {
        "table" => (result.FormatTable(), "text/plain; charset=utf-8"),
        "tree" => (result.FormatTree(), "text/plain; charset=utf-8"),
        _ => (result.ToJson(), "application/json; charset=utf-8"),
    };

    /// <summary>The result as the CLI prints it with <c>--format</c>, and the media type to send it as.</summary>
    public static (string Text, string ContentType) Render(MateResult result, string format) => format switch
    {
        "table" => (result.FormatTable(), "text/plain; charset=utf-8"),
        "tree" => (result.FormatTree(), "text/plain; charset=utf-8"),
        "pgn" => (result.ToPgn(), "application/x-chess-pgn; charset=utf-8"),
        _ => (result.ToJson(), "application/json; charset=utf-8"),
    };
}
