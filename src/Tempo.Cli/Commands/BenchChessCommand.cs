using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Tempo.Chess;

namespace Tempo.Cli.Commands;

/// <summary>`tempo bench chess [--format json]`: perft over a fixed suite; the node total is a deterministic signature.</summary>
public static class BenchChessCommand
{
    public static Command Build(CliContext context)
    {
        var format = FormatOption.Create("text", "json");
        var command = new Command("chess", "Perft over six fixed positions (about 761 M nodes, single-threaded): total nodes and nodes per second") { format };
        command.SetAction(parse => context.Guard(() =>
        {
            var json = parse.GetValue(format) == "json";
            var total = Stopwatch.StartNew();
            long nodes = 0;
            var rows = new List<(string Name, int Depth, long Nodes, long Ms)>();
            foreach (var (name, fen, depth, expected) in PerftSuite.Entries)
            {
                var watch = Stopwatch.StartNew();
                var count = Perft.Count(Position.Parse(fen), depth);
                rows.Add((name, depth, count, watch.ElapsedMilliseconds));
                nodes += count;
                if (count != expected)
                {
                    context.Error.WriteLine($"tempo: bench chess: {name} depth {depth} gave {count} nodes, expected {expected}");
                    return ExitCodes.InternalFailure;
                }
                if (!json)
                {
                    context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-10} depth {depth}  nodes {count,11}  ms {watch.ElapsedMilliseconds,6}"));
                }
            }
            var ms = total.ElapsedMilliseconds;
            var nps = (long)(nodes / Math.Max(total.Elapsed.TotalSeconds, 1e-9));
            if (json)
            {
                using var stream = new MemoryStream();
                using (var writer = new Utf8JsonWriter(stream))
                {
                    writer.WriteStartObject();
                    writer.WriteNumber("nodes", nodes);
                    writer.WriteNumber("ms", ms);
                    writer.WriteNumber("nps", nps);
                    writer.WriteStartArray("positions");
                    foreach (var row in rows)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("name", row.Name);
                        writer.WriteNumber("depth", row.Depth);
                        writer.WriteNumber("nodes", row.Nodes);
                        writer.WriteNumber("ms", row.Ms);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                    writer.WriteEndObject();
                }
                context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
            }
            else
            {
                context.Output.WriteLine();
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nodes {nodes}"));
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"ms {ms}"));
                context.Output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"nps {nps}"));
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
