using Tempo.Chess.Popeye;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>
/// The batch files that give a stipulation per position: a stipulation file (tab-separated: stipulation, FEN, the
/// expected answer, a source; '#' not followed by a digit starts a comment line, since #2 is a directmate; see tests/data/stipulations.tsv) and Popeye problem files
/// (every twin of every problem).
/// </summary>
public static partial class BatchReader
{
    /// <summary>Reads a stipulation file: one entry per line, a bad line an entry with its error.</summary>
    public static IEnumerable<BatchEntry> ReadStipulations(IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(lines);
        int lineNumber = 0;
        foreach (var line in lines)
        {
            lineNumber++;
            if (string.IsNullOrWhiteSpace(line) || IsStipulationComment(line))
            {
                continue;
            }
            var fields = line.TrimEnd('\r').Split('\t');
            if (fields.Length < 2)
            {
                yield return new BatchEntry(lineNumber, null, null, null, false, $"line {lineNumber}: expected stipulation<TAB>FEN[<TAB>answer[<TAB>source]]");
                continue;
            }
            string? id = fields.Length > 3 && fields[3].Length > 0 ? fields[3] : null;
            if (!Stipulation.TryParse(fields[0], out var stipulation, out var stipError))
            {
                yield return new BatchEntry(lineNumber, id, null, null, false, $"line {lineNumber}: {stipError}");
                continue;
            }
            if (!Position.TryParse(fields[1], out var position, out var fenError))
            {
                yield return new BatchEntry(lineNumber, id, null, null, false, $"line {lineNumber}: {fenError}");
                continue;
            }
            string? answer = fields.Length > 2 && fields[2].Length > 0 ? fields[2] : null;
            if (answer is not null && !(answer.StartsWith("count=", StringComparison.Ordinal)
                || answer.StartsWith("lines=", StringComparison.Ordinal) || answer.StartsWith("keys=", StringComparison.Ordinal)))
            {
                yield return new BatchEntry(lineNumber, id, null, null, false, $"line {lineNumber}: answer '{answer}' is not count=N, lines=… or keys=…");
                continue;
            }
            int? expected = stipulation.Kind == StipulationKind.Direct ? stipulation.Moves : null;
            yield return new BatchEntry(lineNumber, id, position, expected, false, null) { Stipulation = stipulation, ExpectedAnswer = answer };
        }
    }

    /// <summary>A comment line of a stipulation file: '#' and then anything but a digit (a line "#2&lt;TAB&gt;FEN" is a directmate).</summary>
    private static bool IsStipulationComment(string line)
    {
        var text = line.TrimStart();
        return text.StartsWith('#') && !(text.Length > 1 && char.IsAsciiDigit(text[1]));
    }

    /// <summary>Reads a Popeye problem file: one entry per twin, at the line of its problem or twin command, with its option maxsolutions.</summary>
    /// <exception cref="PopeyeInputException">The file is not one Tempo can read.</exception>
    public static IEnumerable<BatchEntry> ReadPopeye(string text, string fileName)
    {
        var problems = PopeyeReader.Read(text, fileName);
        for (int p = 0; p < problems.Count; p++)
        {
            foreach (var twin in problems[p].Twins)
            {
                string id = (problems.Count > 1 ? $"problem {p + 1}" : "problem") + (twin.Label.Length > 0 ? $" {twin.Label})" : "");
                int? expected = twin.Stipulation.Kind == StipulationKind.Direct ? twin.Stipulation.Moves : null;
                yield return new BatchEntry(twin.Line, id, Position.Parse(twin.Fen), expected, false, null)
                {
                    Stipulation = twin.Stipulation,
                    MaxSolutions = problems[p].MaxSolutions,
                    Ignored = PopeyeIgnored.Notes(problems[p], twin, problems[p].SetPlay),
                };
            }
        }
    }

    /// <summary>A file of the form "stipulation TAB FEN …": the first line that is not a comment starts with a stipulation and a tab.</summary>
    private static bool LooksLikeStipulations(string firstLine)
    {
        int tab = firstLine.IndexOf('\t', StringComparison.Ordinal);
        return tab > 0 && Stipulation.TryParse(firstLine[..tab], out _, out _);
    }
}
