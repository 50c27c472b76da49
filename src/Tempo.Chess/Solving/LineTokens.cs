using System.Text.RegularExpressions;

namespace Tempo.Chess.Solving;

/// <summary>Reading moves typed by a user ("1.Bh8 Nd4", "Nd4 Be6", "c6d4") and the null move for threats.</summary>
internal static partial class LineTokens
{
    /// <summary>Splits on spaces and drops move numbers ("1.", "1...", "2.Qxd4" becomes "Qxd4").</summary>
    public static List<string> Clean(IReadOnlyList<string> given)
    {
        var tokens = new List<string>();
        foreach (var part in given)
        {
            foreach (var raw in part.Split([' ', '\t', ','], StringSplitOptions.RemoveEmptyEntries))
            {
                string token = MoveNumber().Replace(raw, string.Empty);
                if (token.Length > 0)
                {
                    tokens.Add(token);
                }
            }
        }
        return tokens;
    }

    /// <summary>Parses SAN, else UCI; false when the text is not a legal move here.</summary>
    public static bool TryParse(Position position, string token, out Move move)
    {
        try
        {
            move = position.ParseSan(token);
            return true;
        }
        catch (FormatException)
        {
        }
        try
        {
            move = position.ParseUci(token);
            return true;
        }
        catch (FormatException)
        {
            move = Move.None;
            return false;
        }
    }

    /// <summary>The same position with the other side to move and no en-passant square, or null if that is not legal.</summary>
    public static Position? PassMove(Position position)
    {
        var fields = position.ToFen().Split(' ');
        fields[1] = fields[1] == "w" ? "b" : "w";
        fields[3] = "-";
        return Position.TryParse(string.Join(' ', fields), out var passed, out _) ? passed : null;
    }

    [GeneratedRegex(@"^\d+\.+")]
    private static partial Regex MoveNumber();
}
