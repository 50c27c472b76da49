namespace Tempo.Chess.Uci;

/// <summary>What a <c>go</c> command asked for. Times are in milliseconds; null means not given.</summary>
internal sealed record UciGoLimits
{
    public int? Mate { get; init; }

    public int? Depth { get; init; }

    public long? MoveTime { get; init; }

    public long? WhiteTime { get; init; }

    public long? BlackTime { get; init; }

    public long? WhiteIncrement { get; init; }

    public long? BlackIncrement { get; init; }

    public int? MovesToGo { get; init; }

    public bool Infinite { get; init; }

    public int? Perft { get; init; }

    /// <summary>Tokens that were not understood, reported back as an <c>info string</c>.</summary>
    public IReadOnlyList<string> Ignored { get; init; } = [];

    /// <summary>Reads the tokens after <c>go</c>; an unknown token or a bad number is skipped and listed in <see cref="Ignored"/>.</summary>
    public static UciGoLimits Parse(IReadOnlyList<string> tokens)
    {
        var limits = new UciGoLimits();
        var ignored = new List<string>();
        for (int i = 0; i < tokens.Count; i++)
        {
            string token = tokens[i];
            switch (token)
            {
                case "infinite":
                    limits = limits with { Infinite = true };
                    break;
                case "ponder":
                    // No pondering: a ponder search runs until stop or ponderhit, like infinite.
                    limits = limits with { Infinite = true };
                    break;
                case "mate" or "depth" or "movetime" or "wtime" or "btime" or "winc" or "binc" or "movestogo" or "perft" or "nodes":
                    if (i + 1 < tokens.Count && long.TryParse(tokens[i + 1], System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out long value))
                    {
                        i++;
                        limits = With(limits, token, value, ignored);
                    }
                    else
                    {
                        ignored.Add(token);
                    }
                    break;
                case "searchmoves":
                    // Not supported: skip the move list that follows.
                    ignored.Add(token);
                    while (i + 1 < tokens.Count && tokens[i + 1].Length is 4 or 5 && char.IsAsciiDigit(tokens[i + 1][1]))
                    {
                        i++;
                    }
                    break;
                default:
                    ignored.Add(token);
                    break;
            }
        }
        return limits with { Ignored = ignored };
    }

    private static UciGoLimits With(UciGoLimits limits, string name, long value, List<string> ignored)
    {
        int small = (int)Math.Clamp(value, int.MinValue, int.MaxValue);
        return name switch
        {
            "mate" => limits with { Mate = small },
            "depth" => limits with { Depth = small },
            "movetime" => limits with { MoveTime = value },
            "wtime" => limits with { WhiteTime = value },
            "btime" => limits with { BlackTime = value },
            "winc" => limits with { WhiteIncrement = value },
            "binc" => limits with { BlackIncrement = value },
            "movestogo" => limits with { MovesToGo = small },
            "perft" => limits with { Perft = small },
            _ => Ignore(limits, name, ignored),
        };
    }

    private static UciGoLimits Ignore(UciGoLimits limits, string name, List<string> ignored)
    {
        ignored.Add(name);
        return limits;
    }

    /// <summary>The wall-clock budget for the side to move, or null for none.</summary>
    public TimeSpan? Budget(Color sideToMove)
    {
        long? best = MoveTime;
        long? clock = sideToMove == Color.White ? WhiteTime : BlackTime;
        if (clock is { } remaining)
        {
            long increment = (sideToMove == Color.White ? WhiteIncrement : BlackIncrement) ?? 0;
            int movesLeft = MovesToGo is > 0 and var m ? m : 30;
            // Keep a safety margin so the bestmove reaches the GUI before the flag falls.
            long share = Math.Max(1, Math.Min(remaining / movesLeft + increment / 2, remaining - 50));
            best = best is { } fixedTime ? Math.Min(fixedTime, share) : share;
        }
        return best is { } ms ? TimeSpan.FromMilliseconds(Math.Max(ms, 1)) : null;
    }
}
