namespace Tempo.Chess.Tests;

/// <summary>Finds files copied from tests/data into the test output directory.</summary>
internal static class TestData
{
    public static string PathOf(string file) => Path.Combine(AppContext.BaseDirectory, "data", file);

    /// <summary>Reads a perft EPD file: one (file:line, FEN, depth, nodes) row per ";Dn count" entry.</summary>
    public static IEnumerable<(string Source, string Fen, int Depth, long Nodes)> PerftEntries(string file)
    {
        var lines = File.ReadAllLines(PathOf(file));
        for (var i = 0; i < lines.Length; i++)
        {
            if (string.IsNullOrWhiteSpace(lines[i]))
            {
                continue;
            }
            var parts = lines[i].Split(';');
            foreach (var part in parts.Skip(1))
            {
                var tokens = part.Trim().Split(' ');
                yield return ($"{file}:{i + 1}", parts[0].Trim(), int.Parse(tokens[0][1..]), long.Parse(tokens[1]));
            }
        }
    }
}
