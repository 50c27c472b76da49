using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>Parsing of the numeric options shared by `chess solve` and `chess batch`: <see cref="SolveOptionText"/>, which the HTTP API shares too.</summary>
internal static class SolveArguments
{
    public const int MaxThreads = SolveOptionText.MaxThreads;

    public const int MaxHashMegabytes = SolveOptionText.MaxHashMegabytes;

    public static int ParseMax(string? text, int fallback) => SolveOptionText.ParseMax(text, fallback);

    public static TimeSpan? ParseSeconds(string? text, string option) => SolveOptionText.ParseSeconds(text, option);

    /// <summary>Transposition table size in MiB (default 64).</summary>
    public static int ParseHash(string? text) => SolveOptionText.ParseHash(text);

    /// <summary>A FEN, or "startpos" for the initial position.</summary>
    public static Tempo.Chess.Position ParsePosition(string text) => SolveOptionText.ParsePosition(text);

    public static int ParseThreads(string? text) => SolveOptionText.ParseThreads(text);
}
