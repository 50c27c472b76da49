using System.Text.RegularExpressions;

namespace Tempo.Chess.Solving;

/// <summary>Reading moves typed by a user ("1.Bh8 Nd4", "Nd4 Be6", "c6d4").</summary>
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
    public static bool TryParse(Position position, string token, out Move move) =>
        position.TryParseSan(token, out move) || position.TryParseUci(token, out move);

    [GeneratedRegex(@"^\d+\.+")]
    private static partial Regex MoveNumber();
}
