using System.Globalization;

namespace Tempo.Chess.Solving;

/// <summary>
/// The solver's options as a user types them (`--max 3`, `--time 2.5`, …), read with one-line errors that name the
/// option; shared by `tempo chess solve`/`batch` and the HTTP API so both refuse the same input with the same words.
/// </summary>
public static class SolveOptionText
{
    /// <summary>The most worker threads accepted.</summary>
    public const int MaxThreads = 256;

    /// <summary>The largest transposition table accepted, in MiB.</summary>
    public const int MaxHashMegabytes = 4096;

    /// <summary>A mate distance from 1 to <see cref="MateSolverOptions.MaxMovesLimit"/>, or <paramref name="fallback"/> for null.</summary>
    public static int ParseMax(string? text, int fallback)
    {
        if (text is null)
        {
            return fallback;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value)
            || value < 1 || value > MateSolverOptions.MaxMovesLimit)
        {
            throw new SolveOptionException($"--max: '{text}' is not a move count from 1 to {MateSolverOptions.MaxMovesLimit}");
        }
        return value;
    }

    /// <summary>A positive number of seconds, or null for null; <paramref name="option"/> names it in the error.</summary>
    public static TimeSpan? ParseSeconds(string? text, string option)
    {
        if (text is null)
        {
            return null;
        }
        if (!double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out double seconds)
            || !double.IsFinite(seconds) || seconds <= 0 || seconds > 1e6)
        {
            throw new SolveOptionException($"{option}: '{text}' is not a positive number of seconds");
        }
        return TimeSpan.FromSeconds(seconds);
    }

    /// <summary>Transposition table size in MiB (default 64).</summary>
    public static int ParseHash(string? text)
    {
        if (text is null)
        {
            return 64;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1 || value > MaxHashMegabytes)
        {
            throw new SolveOptionException($"--hash: '{text}' is not a table size from 1 to {MaxHashMegabytes} MiB");
        }
        return value;
    }

    /// <summary>A FEN, or "startpos" for the initial position.</summary>
    public static Position ParsePosition(string text) =>
        text.Trim() == "startpos" ? Position.StartPosition() : Position.Parse(text);

    /// <summary>A worker count from 1 to <see cref="MaxThreads"/> (default 1).</summary>
    public static int ParseThreads(string? text)
    {
        if (text is null)
        {
            return 1;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1 || value > MaxThreads)
        {
            throw new SolveOptionException($"--threads: '{text}' is not a thread count from 1 to {MaxThreads}");
        }
        return value;
    }

    /// <summary>A stipulation (<c>#3</c>, <c>h#2</c>, <c>h#2.5</c>, <c>s#2</c>), or null for null.</summary>
    public static Stipulation? ParseStipulation(string? text)
    {
        if (text is null)
        {
            return null;
        }
        return Stipulation.TryParse(text, out var stipulation, out var error)
            ? stipulation
            : throw new SolveOptionException($"--stip: {error}");
    }

    /// <summary>A solution cap of at least 1, or null for null.</summary>
    public static int? ParseMaxSolutions(string? text)
    {
        if (text is null)
        {
            return null;
        }
        if (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out int value) || value < 1)
        {
            throw new SolveOptionException($"--max-solutions: '{text}' is not a positive number of solutions");
        }
        return value;
    }
}
