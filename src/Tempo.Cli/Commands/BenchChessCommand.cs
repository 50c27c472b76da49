using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Tempo.Chess;
using Tempo.Timeline;

namespace Tempo.Cli.Commands;

/// <summary>`tempo bench chess [--format json] [--sliders pext|magic]`: perft over a fixed suite; the node total is a deterministic signature.</summary>
public static class BenchChessCommand
{
    public static Command Build(CliContext context)
    {
        var format = FormatOption.Create("text", "json");
        var sliders = SlidersOption.Create();
        var command = new Command("chess", "Perft over six fixed positions (about 761 M nodes, single-threaded): total nodes and nodes per second") { format, sliders };
        command.SetAction(parse => context.Guard(() =>
        {
            var json = parse.GetValue(format) == "json";
            var lookup = SlidersOption.Apply(parse, sliders);
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
            var rate = NodeRate.Of(nodes, total.Elapsed);
            if (json)
            {
                context.Output.WriteLine(JsonText.Write(writer =>
                {
                    writer.WriteStartObject();
                    rate.WriteTo(writer);
                    writer.WriteString("sliders", lookup.Name());
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
                }));
            }
            else
            {
                context.Output.WriteLine();
                context.Output.WriteLine($"sliders {lookup.Name()}");
                rate.WriteTo(context.Output);
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
