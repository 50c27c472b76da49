using System.Text;

namespace Tempo.Chess;

/// <summary>
/// One EPD line: the 4 FEN fields (optionally followed by the half-move clock and full-move number, as in perft files)
/// and its operations, e.g. <c>bm Qd1+; id "WAC.001";</c>. Operation values are kept as text without quotes; several
/// operands are joined by one space; an operation without operands has the empty string; if an opcode repeats, the
/// first one wins.
/// </summary>
public sealed class EpdRecord
{
    private EpdRecord(string fen, Position position, IReadOnlyDictionary<string, string> operations)
    {
        Fen = fen;
        Position = position;
        Operations = operations;
    }

    /// <summary>The position part as a FEN string (4 fields, or 6 if the line had the two counters).</summary>
    public string Fen { get; }

    /// <summary>The parsed position.</summary>
    public Position Position { get; }

    /// <summary>Opcode to operand text, e.g. "bm" to "Qd1+", "dm" to "3", "D5" to "4865609".</summary>
    public IReadOnlyDictionary<string, string> Operations { get; }

    /// <summary>Parses one EPD line; throws <see cref="FenException"/> if the position part or an operation is malformed.</summary>
    public static EpdRecord Parse(string line)
    {
        ArgumentNullException.ThrowIfNull(line);
        var text = line.Trim();
        var index = 0;
        var fields = new List<string>(6);
        while (fields.Count < 4)
        {
            var field = NextToken(text, ref index);
            if (field == null || field.Contains(';'))
            {
                throw new FenException($"invalid EPD '{line}': expected 4 position fields, found {fields.Count}");
            }
            fields.Add(field);
        }
        // Perft files put the two FEN counters after the 4 fields; accept them when both are numbers.
        var save = index;
        var halfMove = NextToken(text, ref index);
        var fullMove = NextToken(text, ref index);
        if (halfMove != null && fullMove != null && IsNumber(halfMove) && IsNumber(fullMove))
        {
            fields.Add(halfMove);
            fields.Add(fullMove);
        }
        else
        {
            index = save;
        }
        var fen = string.Join(' ', fields);
        if (!Position.TryParse(fen, out var position, out var error))
        {
            throw new FenException($"invalid EPD '{line}': {error}");
        }
        return new EpdRecord(fen, position!, ParseOperations(line, text, index));
    }

    private static Dictionary<string, string> ParseOperations(string line, string text, int index)
    {
        var operations = new Dictionary<string, string>(StringComparer.Ordinal);
        var operands = new List<string>();
        while (true)
        {
            while (index < text.Length && (char.IsWhiteSpace(text[index]) || text[index] == ';'))
            {
                index++;
            }
            if (index >= text.Length)
            {
                return operations;
            }
            var opcodeStart = index;
            while (index < text.Length && !char.IsWhiteSpace(text[index]) && text[index] != ';')
            {
                index++;
            }
            var opcode = text[opcodeStart..index];
            operands.Clear();
            while (true)
            {
                while (index < text.Length && char.IsWhiteSpace(text[index]))
                {
                    index++;
                }
                if (index >= text.Length || text[index] == ';')
                {
                    break;
                }
                if (text[index] == '"')
                {
                    var close = text.IndexOf('"', index + 1);
                    if (close < 0)
                    {
                        throw new FenException($"invalid EPD '{line}': unterminated quoted operand of '{opcode}'");
                    }
                    operands.Add(text[(index + 1)..close]);
                    index = close + 1;
                }
                else
                {
                    var start = index;
                    while (index < text.Length && !char.IsWhiteSpace(text[index]) && text[index] != ';')
                    {
                        index++;
                    }
                    operands.Add(text[start..index]);
                }
            }
            operations.TryAdd(opcode, string.Join(' ', operands));
        }
    }

    private static string? NextToken(string text, ref int index)
    {
        while (index < text.Length && char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        if (index >= text.Length)
        {
            return null;
        }
        var start = index;
        while (index < text.Length && !char.IsWhiteSpace(text[index]))
        {
            index++;
        }
        return text[start..index];
    }

    private static bool IsNumber(string s) => s.Length > 0 && s.All(char.IsAsciiDigit);

    /// <summary>The record as an EPD line: the FEN followed by "opcode operand;" pairs (operands with spaces quoted).</summary>
    public override string ToString()
    {
        var text = new StringBuilder(Fen);
        foreach (var (opcode, value) in Operations)
        {
            text.Append(' ').Append(opcode);
            if (value.Length > 0)
            {
                text.Append(' ').Append(value.Contains(' ') && opcode != "bm" && opcode != "am" && opcode != "pv" ? $"\"{value}\"" : value);
            }
            text.Append(';');
        }
        return text.ToString();
    }
}
