using System.Diagnostics.CodeAnalysis;
using System.Globalization;

namespace Tempo.Chess.Solving;

/// <summary>
/// What a problem asks: <c>#N</c> (directmate), <c>h#N</c> / <c>h#N.5</c> (helpmate; Black begins, or White with
/// the <c>.5</c>) or <c>s#N</c> (selfmate). <see cref="Parse"/> and <see cref="ToString"/> give each other back.
/// </summary>
/// <param name="Kind">The genre.</param>
/// <param name="Moves">N: the number of moves of the mating side (whole moves for a helpmate).</param>
/// <param name="HalfMove">Helpmates only: White begins with one extra half-move (<c>h#N.5</c>).</param>
public readonly record struct Stipulation(StipulationKind Kind, int Moves, bool HalfMove = false)
{
    /// <summary>The largest N accepted.</summary>
    public const int MaxMoves = MateSolverOptions.MaxMovesLimit;

    /// <summary>Helpmates: the number of half-moves from the diagram to the mate.</summary>
    public int HalfMoves => 2 * Moves + (HalfMove ? 1 : 0);

    /// <summary>Helpmates: the side that moves first (Black, or White for <c>h#N.5</c>).</summary>
    public Color FirstToMove => Kind == StipulationKind.Help && !HalfMove ? Color.Black : Color.White;

    /// <summary>Reads <c>#3</c>, <c>h#2</c>, <c>h#2.5</c>, <c>s#4</c> (case and surrounding spaces ignored).</summary>
    /// <exception cref="FormatException">The text is none of those; the message says why in one line.</exception>
    public static Stipulation Parse(string text) =>
        TryParse(text, out var stipulation, out var error) ? stipulation : throw new FormatException(error);

    /// <summary>As <see cref="Parse"/>, without throwing.</summary>
    public static bool TryParse(string? text, out Stipulation stipulation, [NotNullWhen(false)] out string? error)
    {
        stipulation = default;
        var body = (text ?? "").Trim().ToLowerInvariant();
        var kind = StipulationKind.Direct;
        if (body.StartsWith("h#", StringComparison.Ordinal))
        {
            kind = StipulationKind.Help;
            body = body[2..];
        }
        else if (body.StartsWith("s#", StringComparison.Ordinal))
        {
            kind = StipulationKind.Self;
            body = body[2..];
        }
        else if (body.StartsWith('#'))
        {
            body = body[1..];
        }
        else
        {
            error = $"stipulation '{text}' is not #N, h#N, h#N.5 or s#N";
            return false;
        }
        bool half = false;
        if (kind == StipulationKind.Help && body.EndsWith(".5", StringComparison.Ordinal))
        {
            half = true;
            body = body[..^2];
        }
        if (!int.TryParse(body, NumberStyles.None, CultureInfo.InvariantCulture, out int moves))
        {
            error = $"stipulation '{text}' is not #N, h#N, h#N.5 or s#N";
            return false;
        }
        if (moves < (half ? 0 : 1) || moves > MaxMoves)
        {
            error = $"stipulation '{text}': the number of moves must be 1 to {MaxMoves}";
            return false;
        }
        stipulation = new Stipulation(kind, moves, half);
        error = null;
        return true;
    }

    /// <summary>The stipulation as composers write it: <c>#3</c>, <c>h#2.5</c>, <c>s#2</c>.</summary>
    public override string ToString() => Kind switch
    {
        StipulationKind.Help => $"h#{Moves.ToString(CultureInfo.InvariantCulture)}{(HalfMove ? ".5" : "")}",
        StipulationKind.Self => $"s#{Moves.ToString(CultureInfo.InvariantCulture)}",
        _ => $"#{Moves.ToString(CultureInfo.InvariantCulture)}",
    };
}
