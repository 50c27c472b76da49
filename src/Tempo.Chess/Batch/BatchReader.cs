using System.Globalization;
using System.Text.RegularExpressions;

using Tempo.Chess.Pgn;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Batch;

/// <summary>
/// Reads batch files: EPD (distance as <c>dm N</c> or matetrack's <c>bm #N</c>; a stipulation as <c>stip h#2</c>), a
/// stipulation file or a Popeye problem file (see BatchReader.Stipulations.cs), or the Lichess puzzle CSV
/// (the FEN is before the opponent's move, which is applied first; theme <c>mateInN</c> gives the distance,
/// <c>mateIn5</c> meaning five or more). An unreadable line becomes an entry with an error, and reading goes on.
/// </summary>
public static partial class BatchReader
{
    private static readonly string[] RequiredColumns = ["PuzzleId", "FEN", "Moves", "Themes"];

    /// <summary>Reads every position of <paramref name="lines"/>; the format is taken from the first non-empty line.</summary>
    /// <exception cref="FormatException">A CSV file whose header lacks a required column.</exception>
    public static IEnumerable<BatchEntry> Read(IEnumerable<string> lines, string fileName)
    {
        ArgumentNullException.ThrowIfNull(lines);
        if (fileName.EndsWith(".inp", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var entry in ReadPopeye(string.Join('\n', lines), fileName))
            {
                yield return entry;
            }
            yield break;
        }
        var list = lines as IReadOnlyList<string> ?? lines.ToList();
        if (fileName.EndsWith(".tsv", StringComparison.OrdinalIgnoreCase)
            || list.FirstOrDefault(l => !string.IsNullOrWhiteSpace(l) && !IsStipulationComment(l)) is { } first0 && LooksLikeStipulations(first0))
        {
            foreach (var entry in ReadStipulations(list))
            {
                yield return entry;
            }
            yield break;
        }
        lines = list;
        if (fileName.EndsWith(".pgn", StringComparison.OrdinalIgnoreCase))
        {
            foreach (var entry in ReadPgn(lines))
            {
                yield return entry;
            }
            yield break;
        }
        using var enumerator = lines.GetEnumerator();
        int lineNumber = 0;
        string? first = null;
        while (enumerator.MoveNext())
        {
            lineNumber++;
            if (!string.IsNullOrWhiteSpace(enumerator.Current))
            {
                first = enumerator.Current;
                break;
            }
        }
        if (first is null)
        {
            yield break;
        }
        bool csv = fileName.EndsWith(".csv", StringComparison.OrdinalIgnoreCase) || first.StartsWith("PuzzleId", StringComparison.Ordinal);
        if (csv)
        {
            var columns = ColumnIndexes(first, fileName);
            while (enumerator.MoveNext())
            {
                lineNumber++;
                if (!string.IsNullOrWhiteSpace(enumerator.Current))
                {
                    yield return ReadCsvLine(enumerator.Current, lineNumber, columns);
                }
            }
        }
        else
        {
            yield return ReadEpdLine(first, lineNumber);
            while (enumerator.MoveNext())
            {
                lineNumber++;
                var line = enumerator.Current;
                if (!string.IsNullOrWhiteSpace(line) && !line.TrimStart().StartsWith('#'))
                {
                    yield return ReadEpdLine(line, lineNumber);
                }
            }
        }
    }

    /// <summary>Reads a PGN file as batch entries: each game's final position (a <c>[FEN]</c> tag alone is a puzzle); no expected distance.</summary>
    public static IEnumerable<BatchEntry> ReadPgn(IEnumerable<string> lines)
    {
        foreach (var game in PgnGameReader.Read(lines))
        {
            string id = game.Tag("PuzzleId") ?? game.Tag("Id") ?? KnownOrNull(game.Tag("Site")) ?? $"game {game.Number}";
            yield return game.Error is { } error
                ? new BatchEntry(game.LineNumber, id, null, null, false, $"game {game.Number} ({id}): {error}")
                : new BatchEntry(game.LineNumber, id, game.FinalPosition, null, false, null);
        }
    }

    private static string? KnownOrNull(string? value) => value is null or "" or "?" ? null : value;

    /// <summary>Reads one EPD line.</summary>
    public static BatchEntry ReadEpdLine(string line, int lineNumber)
    {
        try
        {
            var record = EpdRecord.Parse(line);
            record.Operations.TryGetValue("id", out var id);
            int? expected = null;
            if (record.Operations.TryGetValue("dm", out var dm))
            {
                expected = ParseDistance(dm, "dm", lineNumber);
            }
            else if (record.Operations.TryGetValue("bm", out var bm) && bm.StartsWith('#'))
            {
                expected = ParseDistance(bm[1..], "bm", lineNumber);
            }
            Stipulation? stipulation = null;
            if (record.Operations.TryGetValue("stip", out var stip))
            {
                stipulation = Stipulation.TryParse(stip, out var read, out var error) ? read : throw new FormatException($"stip: {error}");
                expected = read.Kind == StipulationKind.Direct ? read.Moves : expected;
            }
            return new BatchEntry(lineNumber, id, record.Position, expected, false, null) { Stipulation = stipulation };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return new BatchEntry(lineNumber, null, null, null, false, $"line {lineNumber}: {e.Message}");
        }
    }

    private static int ParseDistance(string text, string opcode, int lineNumber)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out int value) || value == 0)
        {
            throw new FormatException($"'{opcode}{(opcode.EndsWith("mateIn", StringComparison.Ordinal) ? "" : " ")}{text}' is not a mate distance (expected a non-zero whole number)");
        }
        return value;
    }

    private static Dictionary<string, int> ColumnIndexes(string header, string fileName)
    {
        var names = SplitCsv(header);
        var indexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int i = 0; i < names.Count; i++)
        {
            indexes.TryAdd(names[i].Trim(), i);
        }
        var missing = RequiredColumns.Where(c => !indexes.ContainsKey(c)).ToArray();
        if (missing.Length > 0)
        {
            throw new FormatException(
                $"{fileName}: not a Lichess puzzle CSV: the header lacks {string.Join(", ", missing)} (expected PuzzleId,FEN,Moves,...,Themes,...)");
        }
        return indexes;
    }

    private static BatchEntry ReadCsvLine(string line, int lineNumber, Dictionary<string, int> columns)
    {
        var cells = SplitCsv(line);
        string? id = null;
        try
        {
            if (cells.Count <= RequiredColumns.Max(c => columns[c]))
            {
                throw new FormatException($"only {cells.Count} columns");
            }
            id = cells[columns["PuzzleId"]];
            var position = Position.Parse(cells[columns["FEN"]]);
            var moves = cells[columns["Moves"]].Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (moves.Length == 0)
            {
                throw new FormatException("Moves is empty: the opponent's first move is missing");
            }
            position.MakeMove(position.ParseUci(moves[0]));
            int? expected = null;
            bool atLeast = false;
            var theme = MateTheme().Match(cells[columns["Themes"]]);
            if (theme.Success)
            {
                expected = ParseDistance(theme.Groups[1].Value, "theme mateIn", lineNumber);
                atLeast = expected >= 5;
            }
            // Re-parse so the position starts with an empty move history, like any other batch position.
            return new BatchEntry(lineNumber, id, Position.Parse(position.ToFen()), expected, atLeast, null) { NoMateTheme = !theme.Success };
        }
        catch (Exception e) when (e is FormatException or ArgumentException or OverflowException)
        {
            return new BatchEntry(lineNumber, id, null, null, false, $"line {lineNumber}: {e.Message}");
        }
    }

    private static List<string> SplitCsv(string line)
    {
        var cells = new List<string>();
        var cell = new System.Text.StringBuilder();
        bool quoted = false;
        for (int i = 0; i < line.Length; i++)
        {
            char c = line[i];
            if (quoted)
            {
                if (c == '"' && i + 1 < line.Length && line[i + 1] == '"')
                {
                    cell.Append('"');
                    i++;
                }
                else if (c == '"')
                {
                    quoted = false;
                }
                else
                {
                    cell.Append(c);
                }
            }
            else if (c == '"')
            {
                quoted = true;
            }
            else if (c == ',')
            {
                cells.Add(cell.ToString());
                cell.Clear();
            }
            else
            {
                cell.Append(c);
            }
        }
        cells.Add(cell.ToString().TrimEnd('\r'));
        return cells;
    }

    [GeneratedRegex(@"\bmateIn(\d+)\b")]
    private static partial Regex MateTheme();
}
