using System.CommandLine;
using Tempo.Chess;
using Tempo.Chess.Diagrams;

namespace Tempo.Cli.Commands;

/// <summary>`tempo chess diagram FEN [--out board.svg] [--flip] [--caption TEXT]`: a book-style SVG board picture.</summary>
public static class DiagramCommand
{
    public static Command Build(CliContext context)
    {
        var fen = new Argument<string>("fen") { Description = "Position as FEN (4 or 6 fields, quoted), or startpos" };
        var output = new Option<string?>("--out") { Description = "SVG file to write (default: standard output)" };
        var flip = new Option<bool>("--flip") { Description = "Show the board from Black's side" };
        var caption = new Option<string?>("--caption") { Description = "Text under the board (default: \"White to move\" or \"Black to move\"; \"\" for none)" };
        var command = new Command("diagram", "Draws a position as an SVG puzzle diagram with coordinates and a side-to-move marker") { fen, output, flip, caption };
        command.SetAction(parse => context.Guard(() =>
        {
            var position = Position.Parse(parse.GetValue(fen)!);
            var text = parse.GetValue(caption) ?? (position.SideToMove == Color.White ? "White to move" : "Black to move");
            var svg = BoardSvg.Render(position, parse.GetValue(flip), text);
            var path = parse.GetValue(output);
            if (string.IsNullOrEmpty(path))
            {
                context.Output.Write(svg);
            }
            else
            {
                File.WriteAllText(path, svg);
                context.Output.WriteLine($"wrote {path}");
            }
            return ExitCodes.Ok;
        }));
        return command;
    }
}
