using System.Text;
using CsCheck;

namespace Tempo.Soccer.Tests.Hostile;

/// <summary>
/// Hand-edited play files: valid plays (YAML and JSON) with lines dropped, duplicated, swapped or re-indented,
/// values replaced by hostile scalars, text cut short or spliced, and single characters changed.
/// </summary>
internal static class PlayTextMutator
{
    private const string Alphabet = "abcdefghijklmnopqrstuvwxyz0123456789 -:,[]{}#&*!|>'\"\t\n.%@`?";

    private static readonly string[] Values =
    [
        "", "~", "null", "-1", "0", "1e308", "-1e308", ".nan", ".inf", "-.inf", "99999999999999999999", "2147483648",
        "[]", "{}", "[1]", "[1, 2, 3]", "[.nan, .nan]", "[1e400, 0]", "[-5, 34]", "\"\"", "yes", "true", "&a x", "*a",
        "*undefined", "!!binary AAAA", "!!int x", "|", ">", "[", "{", "'", "\"", "0x10", "1_000", "12:30", "\u0000",
        "\uFFFF", "\uD800", "goal", "penalty_area", "99", "100",
    ];

    public static Gen<string> Mutations(IReadOnlyList<string> seeds) =>
        Gen.Select(Gen.Int[0, seeds.Count - 1], Gen.Int[0, seeds.Count - 1], Gen.UInt.Array[1, 5],
            (a, b, ops) => Mutate(seeds[a], seeds[b], ops));

    public static string Mutate(string text, string other, uint[] ops)
    {
        var lines = text.Split('\n').ToList();
        foreach (var op in ops)
        {
            var kind = op % 10;
            var rest = op / 10;
            var at = lines.Count == 0 ? 0 : (int)(rest % (uint)lines.Count);
            rest /= 101;
            if (lines.Count == 0)
            {
                lines.Add(Values[(int)(rest % (uint)Values.Length)]);
                continue;
            }
            switch (kind)
            {
                case 0:
                    lines.RemoveAt(at);
                    break;
                case 1:
                    lines.Insert(at, lines[(int)(rest % (uint)lines.Count)]);
                    break;
                case 2:
                    var other2 = (int)(rest % (uint)lines.Count);
                    (lines[at], lines[other2]) = (lines[other2], lines[at]);
                    break;
                case 3:
                    lines[at] = (rest % 2 == 0 ? "  " : "") + (rest % 3 == 0 ? lines[at].TrimStart() : lines[at][Math.Min(1, lines[at].Length)..]);
                    break;
                case 4:
                case 5:
                    lines[at] = ReplaceValue(lines[at], Values[(int)(rest % (uint)Values.Length)], (int)(rest / 64));
                    break;
                case 6:
                    var all = string.Join('\n', lines);
                    lines = all[..(int)(rest % (uint)(all.Length + 1))].Split('\n').ToList();
                    break;
                case 7:
                    var otherLines = other.Split('\n');
                    lines.Insert(at, otherLines[(int)(rest % (uint)otherLines.Length)]);
                    break;
                case 8:
                    var line = new StringBuilder(lines[at]);
                    var pos = (int)(rest % (uint)(line.Length + 1));
                    var c = Alphabet[(int)(rest / 7 % (uint)Alphabet.Length)];
                    if (rest % 3 == 0 && pos < line.Length)
                    {
                        line[pos] = c;
                    }
                    else if (rest % 3 == 1 && pos < line.Length)
                    {
                        line.Remove(pos, 1);
                    }
                    else
                    {
                        line.Insert(pos, c);
                    }
                    lines[at] = line.ToString();
                    break;
                default:
                    lines[at] = lines[at] + " " + Values[(int)(rest % (uint)Values.Length)];
                    break;
            }
        }
        return string.Join('\n', lines);
    }

    /// <summary>Replaces the n-th value after a ':' or inside [..] on the line.</summary>
    private static string ReplaceValue(string line, string value, int which)
    {
        var starts = new List<int>();
        for (var i = 0; i < line.Length; i++)
        {
            if (line[i] is ':' or '[' or ',' or '-' && i + 1 < line.Length && line[i + 1] == ' ')
            {
                starts.Add(i + 2);
            }
        }
        if (starts.Count == 0)
        {
            return line + ": " + value;
        }
        var start = starts[which % starts.Count];
        var end = start;
        while (end < line.Length && line[end] is not (',' or ']' or '}'))
        {
            end++;
        }
        return line[..start] + value + line[end..];
    }
}
