using System.Globalization;
using Tempo.Chess.Solving;

namespace Tempo.Cli.Commands;

/// <summary>Parsing of the numeric options shared by `chess solve` and `chess batch`, with one-line errors.</summary>
internal static class SolveArguments
{
    public const int MaxThreads = 256;

    public static int ParseMax(string? text, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            || value < 1 || value > MateSolverOptions.MaxMovesLimit)
        {
            throw new InputException($"--max: '{text}' is not a move count from 1 to {MateSolverOptions.MaxMovesLimit}");
        }
        return value;
    }

    public static TimeSpan? ParseSeconds(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds)
            || !double.IsFinite(seconds) || seconds <= 0 || seconds > 1e6)
        {
            throw new InputException($"{option}: '{text}' is not a positive number of seconds");
        }
        return TimeSpan.FromSeconds(seconds);
    }

    public const int MaxHashMegabytes = 4096;

    /// <summary>Transposition table size in MiB (default 64).</summary>
    public static int ParseHash(string? text)
    {
        if (text is null)
        {
            return 64;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1 || value > MaxHashMegabytes)
        {
            throw new InputException($"--hash: '{text}' is not a table size from 1 to {MaxHashMegabytes} MiB");
        }
        return value;
    }

    /// <summary>A FEN, or "startpos" for the initial position.</summary>
    public static Tempo.Chess.Position ParsePosition(string text) =>
        text.Trim() == "startpos" ? Tempo.Chess.Position.StartPosition() : Tempo.Chess.Position.Parse(text);

    public static int ParseThreads(string? text)
    {
        if (text is null)
        {
            return 1;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1 || value > MaxThreads)
        {
            throw new InputException($"--threads: '{text}' is not a thread count from 1 to {MaxThreads}");
        }
        return value;
    }
}
