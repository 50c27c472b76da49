namespace Tempo.Chess.Solving;

/// <summary>
/// A helpmate's solutions as one PGN game from its FEN (Black to move for <c>h#N</c>, White for <c>h#N.5</c>), the
/// summary as the first comment: the first solution is the main line and every other solution a variation of its
/// first move, so a PGN reader lists them all. Moves are numbered as in a game (<c>1... Kg5 2. h8=B Kh4 3. Bxf6#</c>),
/// not in the composers' helpmate numbering of the table.
/// </summary>
internal static class HelpmatePgnFormatter
{
    public static string Write(HelpmateResult result)
    {
        string outcome = result.Solutions.Count > 0 ? "1-0" : "*";
        var start = Position.Parse(result.Fen);
        var header = MatePgnFormatter.Header($"Tempo helpmate {result.Stipulation}", outcome, result.Fen);

        var numbering = new MoveNumbering(start.SideToMove);
        var tokens = new List<string> { "{" + MatePgnFormatter.Escape(HelpmateFormatter.Summary(result)) + "}" };
        var lines = result.Solutions.Select(line => SanLine.Of(start, line)).ToList();
        if (lines.Count > 0)
        {
            // Every other solution replaces the main line's first move, in canonical order.
            AddLine(tokens, numbering, lines[0], 0, 1, variation: false);
            foreach (var other in lines.Skip(1))
            {
                AddLine(tokens, numbering, other, 0, other.Length, variation: true);
            }
            AddLine(tokens, numbering, lines[0], 1, lines[0].Length, variation: false, forceNumber: lines.Count > 1);
        }
        tokens.Add(outcome);
        return header.Append(MatePgnFormatter.Wrap(tokens)).ToString();
    }

    private static void AddLine(List<string> tokens, MoveNumbering numbering, string[] line, int from, int to, bool variation, bool forceNumber = true)
    {
        int open = tokens.Count;
        for (int ply = from; ply < to; ply++)
        {
            string prefix = numbering.Prefix(ply, forceNumber && ply == from);
            if (prefix.Length > 0)
            {
                tokens.Add(prefix);
            }
            tokens.Add(line[ply]);
        }
        if (variation && tokens.Count > open)
        {
            tokens[open] = "(" + tokens[open];
            tokens[^1] += ")";
        }
    }
}
