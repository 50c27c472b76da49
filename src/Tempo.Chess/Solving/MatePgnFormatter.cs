using System.Text;

namespace Tempo.Chess.Solving;

/// <summary>
/// The solution as a PGN game: the main line follows the longest defence at every step (ties in UCI order),
/// every other defence is a variation, threats and duals are comments. Lines wrap at 80 characters.
/// </summary>
internal static class MatePgnFormatter
{
    public static string Write(MateResult result)
    {
        string outcome = result.Status != MateStatus.Mate ? "*" : result.SideToMove == Color.White ? "1-0" : "0-1";
        var header = Header("Tempo mate proof", outcome, result.Fen);

        var san = SanSolution.Of(result);
        var tokens = new List<string> { "{" + Escape(MateTextFormatter.Summary(result, san.Keys)) + "}" };
        var numbering = new MoveNumbering(result.SideToMove);
        if (san.Tree is { } tree)
        {
            WriteAttack(tokens, tree, 0, true, numbering, san.Tries ?? []);
        }
        else
        {
            for (int ply = 0; ply < san.MainLine.Count; ply++)
            {
                AddMove(tokens, numbering, ply, ply == 0, san.MainLine[ply]);
            }
        }
        tokens.Add(outcome);
        return header.Append(Wrap(tokens)).ToString();
    }

    private static void WriteAttack(List<string> tokens, SanAttack node, int ply, bool forceNumber, MoveNumbering numbering, IReadOnlyList<SanTry> tries)
    {
        AddMove(tokens, numbering, ply, forceNumber, node.San);
        foreach (var attempt in tries)
        {
            int open = tokens.Count;
            AddMove(tokens, numbering, ply, true, attempt.Move + "?");
            tokens[open] = "(" + tokens[open];
            AddMove(tokens, numbering, ply + 1, true, attempt.Refutation + "!");
            tokens[^1] += ")";
        }
        if (node.Duals.Count > 0)
        {
            tokens.Add("{dual: " + Escape(string.Join(", ", node.Duals)) + "}");
        }
        if (node.Threat is { Count: > 0 } threat)
        {
            tokens.Add("{threat: " + Escape(string.Join(", ", threat)) + "}");
        }
        if (node.Defences.Count == 0)
        {
            return;
        }
        var main = node.Defences[0];
        foreach (var defence in node.Defences)
        {
            if (Length(defence) > Length(main))
            {
                main = defence;
            }
        }
        bool forced = node.Duals.Count > 0 || node.Threat is { Count: > 0 } || tries.Count > 0;
        AddMove(tokens, numbering, ply + 1, forced, main.San);
        bool hadVariation = false;
        foreach (var defence in node.Defences)
        {
            if (ReferenceEquals(defence, main))
            {
                continue;
            }
            int open = tokens.Count;
            AddMove(tokens, numbering, ply + 1, true, defence.San);
            tokens[open] = "(" + tokens[open];
            if (defence.Reply is { } reply)
            {
                WriteAttack(tokens, reply, ply + 2, false, numbering, []);
            }
            else if (!defence.Mates)
            {
                tokens.Add("{not expanded}");
            }
            tokens[^1] += ")";
            hadVariation = true;
        }
        if (main.Reply is { } mainReply)
        {
            WriteAttack(tokens, mainReply, ply + 2, hadVariation, numbering, []);
        }
    }

    private static int Length(SanDefence defence) => defence.Reply?.MateIn ?? 0;

    private static void AddMove(List<string> tokens, MoveNumbering numbering, int ply, bool forceNumber, string san)
    {
        string prefix = numbering.Prefix(ply, forceNumber);
        if (prefix.Length > 0)
        {
            tokens.Add(prefix);
        }
        tokens.Add(san);
    }

    /// <summary>A comment's text made safe inside <c>{ }</c>.</summary>
    internal static string Escape(string comment) => comment.Replace('}', ')');

    /// <summary>The seven-tag roster with <paramref name="eventName"/>, then SetUp and FEN, and the blank line before the moves.</summary>
    internal static StringBuilder Header(string eventName, string outcome, string fen)
    {
        var header = new StringBuilder();
        header.Append("[Event \"").Append(eventName).Append("\"]\n");
        header.Append("[Site \"?\"]\n[Date \"????.??.??\"]\n[Round \"?\"]\n[White \"?\"]\n[Black \"?\"]\n");
        header.Append("[Result \"").Append(outcome).Append("\"]\n");
        header.Append("[SetUp \"1\"]\n[FEN \"").Append(fen).Append("\"]\n\n");
        return header;
    }

    /// <summary>The tokens joined by spaces, lines wrapped at 80 characters.</summary>
    internal static string Wrap(List<string> tokens)
    {
        var text = new StringBuilder();
        int lineLength = 0;
        foreach (var token in tokens)
        {
            if (lineLength > 0 && lineLength + 1 + token.Length > 80)
            {
                text.Append('\n');
                lineLength = 0;
            }
            else if (lineLength > 0)
            {
                text.Append(' ');
                lineLength++;
            }
            text.Append(token);
            lineLength += token.Length;
        }
        return text.Append('\n').ToString();
    }
}
