using System.CommandLine;
using System.Diagnostics;
using System.Globalization;
using Tempo.Chess;
using Tempo.Timeline;

namespace Tempo.Cli.Commands;

/// <summary>`tempo chess perft FEN|startpos DEPTH [--divide] [--format json] [--sliders pext|magic]`: counts the leaf nodes of the legal move tree.</summary>
public static class PerftCommand
{
    private const int MaxDepth = 15;

    public static Command Build(CliContext context)
    {
        var fen = new Argument<string>("fen") { Description = "Position as FEN (4 or 6 fields, quoted), or startpos" };
        var depth = TypedOption.CreateArgument("depth", $"Plies to search, 1 to {MaxDepth}", ParseDepth);
        var divide = new Option<bool>("--divide") { Description = "List each root move (UCI) with its node count, as Stockfish's go perft" };
        var format = FormatOption.Create("text", "json");
        var sliders = SlidersOption.Create();
        var command = new Command("perft", "Counts leaf nodes of the legal move tree (single-threaded, bulk-counted last ply)") { fen, depth, divide, format, sliders };
        command.SetAction(parse => context.Guard(() =>
        {
            var fenText = parse.GetValue(fen)!;
            var plies = parse.GetValue(depth);
            var lookup = SlidersOption.Apply(parse, sliders);
            var position = Position.Parse(fenText);
            using var cancel = new CtrlC();
            var watch = Stopwatch.StartNew();
            IReadOnlyList<(Move Move, long Nodes)>? rootMoves = null;
            long nodes;
            if (parse.GetValue(divide))
            {
                rootMoves = Perft.Divide(position, plies, cancel.Token);
                nodes = rootMoves.Sum(m => m.Nodes);
            }
            else
            {
                nodes = Perft.Count(position, plies, cancel.Token);
            }
            Write(context.Output, parse.GetValue(format) == "json", position.ToFen(), plies, lookup, NodeRate.Of(nodes, watch.Elapsed), rootMoves);
            return ExitCodes.Ok;
        }));
        return command;
    }

    private static int ParseDepth(string text)
    {
        if (!int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) || value < 1 || value > MaxDepth)
        {
            throw new InputException($"depth '{text}' must be an integer from 1 to {MaxDepth}");
        }
        return value;
    }

    private static void Write(TextWriter output, bool json, string fen, int depth, SliderLookup lookup, NodeRate rate, IReadOnlyList<(Move Move, long Nodes)>? rootMoves)
    {
        if (json)
        {
            output.WriteLine(JsonText.Write(writer =>
            {
                writer.WriteStartObject();
                writer.WriteString("fen", fen);
                writer.WriteNumber("depth", depth);
                rate.WriteTo(writer);
                writer.WriteString("sliders", lookup.Name());
                if (rootMoves != null)
                {
                    writer.WriteStartArray("divide");
                    foreach (var (move, count) in rootMoves)
                    {
                        writer.WriteStartObject();
                        writer.WriteString("move", move.ToUci());
                        writer.WriteNumber("nodes", count);
                        writer.WriteEndObject();
                    }
                    writer.WriteEndArray();
                }
                writer.WriteEndObject();
            }));
            return;
        }
        if (rootMoves != null)
        {
            foreach (var (move, count) in rootMoves)
            {
                output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{move.ToUci()}: {count}"));
            }
            output.WriteLine();
        }
        rate.WriteTo(output);
    }
}
