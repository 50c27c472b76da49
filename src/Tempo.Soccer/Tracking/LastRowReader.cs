using System.Globalization;
using nietras.SeparatedValues;
using Tempo.Soccer.Model;

namespace Tempo.Soccer.Tracking;

/// <summary>
/// Reads Last Row's tracking CSV (github.com/Friends-of-Tracking-Data-FoTD/Last-Row): one row per player and frame,
/// columns <c>player, frame, x, y, z, team, num</c> among others; player 0 with no team is the ball; x and y run
/// 0–100 on each axis; 20 frames a second. The play is turned (a half-turn, so left stays left) when the attack plays
/// towards x = 0, so that it plays towards x = 105 as every Tempo play does.
/// </summary>
public static class LastRowReader
{
    /// <summary>Last Row's frame rate.</summary>
    public const double FrameRate = 20;

    private static readonly string[] Required = ["player", "frame", "x", "y", "z", "team", "num"];

    /// <summary>Reads a Last Row CSV file.</summary>
    public static TrackingData Load(string path)
    {
        if (!File.Exists(path))
        {
            throw new TrackingFileException(path, 0, "no such tracking file");
        }
        return Parse(File.ReadAllText(path), path);
    }

    /// <summary>Reads Last Row CSV text; <paramref name="source"/> names it in errors.</summary>
    public static TrackingData Parse(string text, string source)
    {
        var ball = new SortedDictionary<int, (double X, double Y, double Z)>();
        var players = new Dictionary<string, (string Team, int? Shirt, SortedDictionary<int, (double X, double Y)> Track)>(StringComparer.Ordinal);
        var order = new List<string>();
        using (var reader = Sep.Reader(o => o with { Unescape = true }).FromText(text))
        {
            foreach (var column in Required)
            {
                if (!reader.Header.ColNames.Contains(column))
                {
                    throw new TrackingFileException(source, 1, $"no '{column}' column: a Last Row file has {string.Join(", ", Required)}");
                }
            }
            foreach (var row in reader)
            {
                var line = row.RowIndex + 1;
                var id = row["player"].ToString().Trim();
                var frame = Number(row["frame"].ToString(), "frame", source, line);
                if (frame < 0 || frame != Math.Floor(frame) || frame > 1_000_000)
                {
                    throw new TrackingFileException(source, line, $"frame '{row["frame"]}' is not a frame number");
                }
                var x = Number(row["x"].ToString(), "x", source, line);
                var y = Number(row["y"].ToString(), "y", source, line);
                var team = row["team"].ToString().Trim();
                if (team.Length == 0)
                {
                    var z = row["z"].ToString().Trim().Length == 0 ? 0 : Number(row["z"].ToString(), "z", source, line);
                    ball[(int)frame] = (x, y, z);
                    continue;
                }
                if (team is not ("attack" or "defense"))
                {
                    throw new TrackingFileException(source, line, $"team '{team}' is neither attack nor defense (the ball has no team)");
                }
                if (!players.TryGetValue(id, out var p))
                {
                    var num = row["num"].ToString().Trim() is { Length: > 0 } given ? given : Optional(row, "player_num");
                    int? shirt = double.TryParse(num, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) && n is >= 1 and <= 99 && n == Math.Floor(n) ? (int)n : null;
                    p = (team, shirt, new SortedDictionary<int, (double, double)>());
                    players[id] = p;
                    order.Add(id);
                }
                p.Track[(int)frame] = (x, y);
            }
        }
        if (ball.Count == 0)
        {
            throw new TrackingFileException(source, 0, "no ball: the ball is the row with player 0 and no team");
        }
        var frames = ball.Keys.Max() + 1;
        // Which way the attack plays: towards the end where the defending goalkeeper (the defender nearest a goal line) stands.
        var keeperX = players.Values.Where(p => p.Team == "defense" && p.Track.Count > 0)
            .Select(p => p.Track.First().Value.X).OrderBy(x => Math.Min(x, 100 - x)).DefaultIfEmpty(100).First();
        var turn = keeperX < 50;
        Vec2 ToPitch(double x, double y) => turn
            ? new Vec2((100 - x) * Pitch.Length / 100, (100 - y) * Pitch.Width / 100)
            : new Vec2(x * Pitch.Length / 100, y * Pitch.Width / 100);
        var ballTrack = Fill(ball.ToDictionary(kv => kv.Key, kv => ToPitch(kv.Value.X, kv.Value.Y)), frames);
        var heights = Enumerable.Range(0, frames).Select(f => ball.TryGetValue(f, out var b) ? b.Z : 0).ToArray();
        var tracked = order.Select(id => new TrackedPlayer(id, players[id].Team == "attack" ? Side.Attack : Side.Defence, players[id].Shirt,
            Fill(players[id].Track.ToDictionary(kv => kv.Key, kv => ToPitch(kv.Value.X, kv.Value.Y)), frames))).ToList();
        return new TrackingData(source, FrameRate, ballTrack, heights, tracked);
    }

    /// <summary>A position for every frame: a frame the file skips takes the nearest earlier one (or the first).</summary>
    private static Vec2[] Fill(Dictionary<int, Vec2> known, int frames)
    {
        var result = new Vec2[frames];
        var last = known[known.Keys.Min()];
        for (var f = 0; f < frames; f++)
        {
            last = known.TryGetValue(f, out var p) ? p : last;
            result[f] = last;
        }
        return result;
    }

    private static string Optional(SepReader.Row row, string column) =>
        row.TryGet(column, out var col) ? col.ToString().Trim() : "";

    private static double Number(string text, string column, string source, long line) =>
        double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var v) && double.IsFinite(v)
            ? v
            : throw new TrackingFileException(source, (int)line, $"{column} '{text}' is not a number");
}
