using System.Globalization;
using System.Text;

namespace Tempo.Chess.Solving;

/// <summary>The text formats: the chapter's Step | White | Black table, the summary line, and the solution tree.</summary>
internal static class MateTextFormatter
{
    public static string Table(MateResult result)
    {
        var san = SanSolution.Of(result, includeTree: false);
        var text = new StringBuilder();
        if (san.MainLine.Count > 0)
        {
            var rows = new List<(string Step, string White, string Black)>();
            var numbering = new MoveNumbering(result.SideToMove);
            for (int ply = 0; ply < san.MainLine.Count; ply++)
            {
                string step = numbering.Number(ply).ToString(CultureInfo.InvariantCulture);
                if (numbering.IsWhite(ply))
                {
                    rows.Add((step, san.MainLine[ply], string.Empty));
                }
                else if (rows.Count == 0)
                {
                    rows.Add((step, "...", san.MainLine[ply]));
                }
                else
                {
                    rows[^1] = rows[^1] with { Black = san.MainLine[ply] };
                }
            }
            int stepWidth = Math.Max("Step".Length, rows.Max(r => r.Step.Length));
            int whiteWidth = Math.Max("White".Length, rows.Max(r => r.White.Length));
            int blackWidth = Math.Max("Black".Length, rows.Max(r => r.Black.Length));
            AppendRow(text, "Step", "White", "Black", stepWidth, whiteWidth, blackWidth);
            text.Append('|').Append('-', stepWidth + 2).Append('|').Append('-', whiteWidth + 2).Append('|').Append('-', blackWidth + 2).Append("|\n");
            foreach (var row in rows)
            {
                AppendRow(text, row.Step, row.White, row.Black, stepWidth, whiteWidth, blackWidth);
            }
        }
        AppendSoundness(text, result, san);
        text.Append(Summary(result, san.Keys)).Append('\n');
        return text.ToString();
    }

    public static string Summary(MateResult result) => Summary(result, SanLine.Alternatives(Position.Parse(result.Fen), result.Keys));

    /// <summary>The summary line, given the keys in SAN.</summary>
    public static string Summary(MateResult result, IReadOnlyList<string> keys)
    {
        string mate = result.Selfmate ? "selfmate" : "mate";
        string effort = $"{Count(result.Nodes)} nodes; {Count((long)result.Elapsed.TotalMilliseconds)} ms";
        switch (result.Status)
        {
            case MateStatus.Mate:
                var parts = new List<string> { "proven" };
                parts.Add((keys.Count == 1 ? "key " : "keys ") + string.Join(", ", keys));
                parts.Add(result.Keys.Count == 1 ? "1 key" : $"{result.Keys.Count} keys (cooked)");
                if (!result.KeysComplete)
                {
                    parts.Add("stopped before every first move was tried");
                }
                if (result.Duals.Count > 0)
                {
                    parts.Add(result.Duals.Count == 1 ? "1 dual" : $"{result.Duals.Count} duals");
                }
                if (result.TreeTruncated)
                {
                    parts.Add("tree truncated");
                }
                if (result.ExtractionIncomplete)
                {
                    parts.Add("stopped before the line and tree were complete");
                }
                parts.Add(effort);
                return $"{mate} in {result.MateIn} ({string.Join("; ", parts)})";
            case MateStatus.None when result.Terminal == TerminalKind.Checkmate:
                return $"no {mate}: the side to move is already checkmated ({effort})";
            case MateStatus.None when result.Terminal == TerminalKind.Stalemate:
                return $"no {mate}: the side to move is stalemated ({effort})";
            case MateStatus.None:
                return $"no {mate} in ≤ {result.ProvenNoMateWithin} (proven; {effort})";
            default:
                string proven = result.ProvenNoMateWithin == 0
                    ? "nothing proven"
                    : $"no {mate} in ≤ {result.ProvenNoMateWithin} proven";
                return $"unknown: {proven}; stopped while trying {mate} in {result.SearchedDepth} ({effort})";
        }
    }

    public static string Tree(MateResult result)
    {
        var san = SanSolution.Of(result);
        var text = new StringBuilder();
        if (san.Tree is { } tree)
        {
            var numbering = new MoveNumbering(result.SideToMove);
            foreach (var set in san.SetPlay ?? [])
            {
                // Set play, as Popeye prints it before the solution: the defender's move as if the attacker had passed.
                text.Append("set: ").Append(numbering.Prefix(1, true)).Append(set.San);
                if (set.Reply is { } answer)
                {
                    text.Append(' ');
                    AppendAttack(text, answer, 2, 0, numbering, isKey: false);
                }
                else
                {
                    text.Append('\n');
                }
            }
            AppendAttack(text, tree, 0, 0, numbering, isKey: true);
            foreach (var attempt in san.Tries ?? [])
            {
                text.Append(numbering.Prefix(0, true)).Append(attempt.Move).Append("? ").Append(numbering.Prefix(1, true)).Append(attempt.Refutation).Append("!\n");
            }
            for (int i = 1; i < san.Keys.Count; i++)
            {
                text.Append(numbering.Prefix(0, true)).Append(san.Keys[i]).Append("! (cook: also mates in ").Append(result.MateIn).Append(")\n");
            }
        }
        else if (san.MainLine.Count > 0)
        {
            text.Append(Line(san.MainLine, new MoveNumbering(result.SideToMove))).Append('\n');
        }
        text.Append(Summary(result, san.Keys)).Append('\n');
        return text.ToString();
    }

    /// <summary>The moves played from <paramref name="start"/> as a numbered SAN line.</summary>
    public static string Line(Position start, IReadOnlyList<Move> moves) =>
        Line(SanLine.Of(start, moves), new MoveNumbering(start.SideToMove));

    /// <summary>A SAN line with move numbers: "1.Bh8 Nd4 2.Qxd4 Be6 3.Qg7#".</summary>
    public static string Line(IReadOnlyList<string> moves, MoveNumbering numbering, int firstPly = 0)
    {
        var text = new StringBuilder();
        for (int i = 0; i < moves.Count; i++)
        {
            if (i > 0)
            {
                text.Append(' ');
            }
            text.Append(numbering.Prefix(firstPly + i, i == 0)).Append(moves[i]);
        }
        return text.ToString();
    }

    private static void AppendAttack(StringBuilder text, SanAttack node, int ply, int indent, MoveNumbering numbering, bool isKey)
    {
        text.Append(numbering.Prefix(ply, true)).Append(node.San);
        if (isKey)
        {
            text.Append('!');
        }
        if (node.Duals.Count > 0)
        {
            text.Append(" (dual: ");
            text.AppendJoin(", ", node.Duals.Select(d => numbering.Prefix(ply, true) + d));
            text.Append(')');
        }
        if (node.Threat is { Count: > 0 } threat)
        {
            text.Append(" threat: ");
            text.AppendJoin(", ", threat.Select(t => numbering.Prefix(ply + 2, true) + t));
        }
        else if (isKey && node.Defences.Count > 0 && !node.San.EndsWith('+'))
        {
            // A quiet key that threatens nothing, as Popeye marks it.
            text.Append(" zugzwang.");
        }
        text.Append('\n');
        // Longer variations first; defences that all run into the same mate in 1 share one line, as in Popeye's trees.
        var ordered = node.Defences
            .Select((defence, index) => (defence, index))
            .OrderByDescending(d => d.defence.Reply?.MateIn ?? int.MaxValue)
            .ThenBy(d => d.index)
            .Select(d => d.defence)
            .ToList();
        var printedGroups = new HashSet<string>(StringComparer.Ordinal);
        foreach (var defence in ordered)
        {
            // (A selfmate's last answer is followed by the defender's forced mates, so it keeps its own line.)
            if (defence.Reply is { MateIn: 1, Defences.Count: 0 } mate)
            {
                if (!printedGroups.Add(mate.San))
                {
                    continue;
                }
                var group = ordered.Where(d => d.Reply is { MateIn: 1, Defences.Count: 0 } r && r.San == mate.San).Select(d => d.San);
                text.Append(' ', (indent + 1) * 4).Append(numbering.Prefix(ply + 1, true)).AppendJoin(", ", group)
                    .Append(' ').Append(numbering.Prefix(ply + 2, true)).Append(mate.San).Append('\n');
                continue;
            }
            text.Append(' ', (indent + 1) * 4).Append(numbering.Prefix(ply + 1, true)).Append(defence.San);
            if (defence.Mates)
            {
                text.Append('\n');
            }
            else if (defence.Reply is { } reply)
            {
                text.Append(' ');
                AppendAttack(text, reply, ply + 2, indent + 1, numbering, isKey: false);
            }
            else
            {
                text.Append(" (not expanded: tree size limit)\n");
            }
        }
    }

    private static void AppendSoundness(StringBuilder text, MateResult result, SanSolution san)
    {
        if (result.Status != MateStatus.Mate)
        {
            return;
        }
        var numbering = new MoveNumbering(result.SideToMove);
        if (san.Threat is { Count: > 0 } threat)
        {
            text.Append("threat: ").AppendJoin(", ", threat.Select(t => numbering.Prefix(2, true) + t)).Append('\n');
        }
        if (result.Cooked)
        {
            text.Append("cooked: ").AppendJoin(", ", san.Keys.Select(k => numbering.Prefix(0, true) + k + "!")).Append('\n');
        }
        foreach (var dual in san.Duals)
        {
            int ply = dual.After.Count;
            text.Append("dual after ").Append(Line(dual.After, numbering)).Append(": ")
                .AppendJoin(" or ", dual.Moves.Select(m => numbering.Prefix(ply, true) + m)).Append('\n');
        }
    }

    private static void AppendRow(StringBuilder text, string step, string white, string black, int stepWidth, int whiteWidth, int blackWidth) =>
        text.Append("| ").Append(step.PadRight(stepWidth)).Append(" | ").Append(white.PadRight(whiteWidth))
            .Append(" | ").Append(black.PadRight(blackWidth)).Append(" |\n");

    private static string Count(long value) => value.ToString("N0", CultureInfo.InvariantCulture);
}
