using System.Globalization;
using System.Security;
using System.Text;

namespace Tempo.Chess.Diagrams;

/// <summary>
/// Draws a position as a book-style puzzle diagram in SVG: light and dark squares, pieces as Unicode chess glyphs,
/// file letters and rank numbers around the board, and a disc beside the board on the side to move.
/// </summary>
public static class BoardSvg
{
    private const int Cell = 48;
    private const int Margin = 24;
    private const int MarkerWidth = 28;
    private const string Light = "#f0d9b5";
    private const string Dark = "#b58863";
    private const string SolidGlyphs = " ♟♞♝♜♛♚";
    private const string OutlineGlyphs = " ♙♘♗♖♕♔";

    /// <summary>Renders the position; <paramref name="flipped"/> shows it from Black's side; <paramref name="caption"/> is printed below.</summary>
    public static string Render(Position position, bool flipped = false, string? caption = null)
    {
        ArgumentNullException.ThrowIfNull(position);
        var board = 8 * Cell;
        var width = Margin + board + Margin + MarkerWidth;
        var captionHeight = string.IsNullOrEmpty(caption) ? 0 : 28;
        var height = Margin + board + Margin + captionHeight;
        var svg = new StringBuilder(16_384);
        svg.Append(CultureInfo.InvariantCulture,
            $"<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"{width}\" height=\"{height}\" viewBox=\"0 0 {width} {height}\" font-family=\"'DejaVu Sans', 'Segoe UI Symbol', 'Noto Sans Symbols2', serif\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <title>{SecurityElement.Escape(position.ToFen())}</title>\n");
        svg.Append(CultureInfo.InvariantCulture, $"  <rect x=\"0\" y=\"0\" width=\"{width}\" height=\"{height}\" fill=\"#ffffff\"/>\n");
        svg.Append("  <g id=\"squares\">\n");
        for (var row = 0; row < 8; row++)
        {
            for (var col = 0; col < 8; col++)
            {
                var square = SquareAt(row, col, flipped);
                var dark = (square.File + square.Rank) % 2 == 0;
                svg.Append(CultureInfo.InvariantCulture,
                    $"    <rect x=\"{Margin + col * Cell}\" y=\"{Margin + row * Cell}\" width=\"{Cell}\" height=\"{Cell}\" fill=\"{(dark ? Dark : Light)}\"/>\n");
            }
        }
        svg.Append("  </g>\n");
        svg.Append(CultureInfo.InvariantCulture,
            $"  <rect x=\"{Margin}\" y=\"{Margin}\" width=\"{board}\" height=\"{board}\" fill=\"none\" stroke=\"#333333\" stroke-width=\"1.5\"/>\n");

        svg.Append("  <g id=\"coordinates\" font-size=\"13\" fill=\"#333333\" text-anchor=\"middle\">\n");
        for (var i = 0; i < 8; i++)
        {
            var file = (char)('a' + (flipped ? 7 - i : i));
            var rank = (char)('1' + (flipped ? i : 7 - i));
            var x = Margin + i * Cell + Cell / 2;
            var y = Margin + i * Cell + Cell / 2 + 5;
            svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"{Margin + board + 17}\">{file}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"{Margin - 8}\">{file}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{Margin / 2}\" y=\"{y}\">{rank}</text>\n");
            svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{Margin + board + Margin / 2}\" y=\"{y}\">{rank}</text>\n");
        }
        svg.Append("  </g>\n");

        svg.Append("  <g id=\"pieces\" font-size=\"40\" text-anchor=\"middle\" dominant-baseline=\"central\">\n");
        for (var row = 0; row < 8; row++)
        {
            for (var col = 0; col < 8; col++)
            {
                var square = SquareAt(row, col, flipped);
                if (position.PieceAt(square) is not { } piece)
                {
                    continue;
                }
                var x = Margin + col * Cell + Cell / 2;
                var y = Margin + row * Cell + Cell / 2 + 2;
                var type = (int)piece.Type;
                // A white piece is the solid glyph filled white under the outline glyph, so it reads as white on any square.
                if (piece.Color == Color.White)
                {
                    svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"{y}\" fill=\"#ffffff\" data-square=\"{square}\" data-piece=\"{piece}\">{SolidGlyphs[type]}</text>\n");
                    svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"{y}\" fill=\"#000000\">{OutlineGlyphs[type]}</text>\n");
                }
                else
                {
                    svg.Append(CultureInfo.InvariantCulture, $"    <text x=\"{x}\" y=\"{y}\" fill=\"#000000\" data-square=\"{square}\" data-piece=\"{piece}\">{SolidGlyphs[type]}</text>\n");
                }
            }
        }
        svg.Append("  </g>\n");

        var whiteToMove = position.SideToMove == Color.White;
        var markerAtBottom = whiteToMove != flipped;
        var markerX = Margin + board + Margin + MarkerWidth / 2 - 2;
        var markerY = markerAtBottom ? Margin + board - Cell / 2 : Margin + Cell / 2;
        svg.Append(CultureInfo.InvariantCulture,
            $"  <circle id=\"side-to-move\" cx=\"{markerX}\" cy=\"{markerY}\" r=\"9\" fill=\"{(whiteToMove ? "#ffffff" : "#000000")}\" stroke=\"#000000\" stroke-width=\"1.5\"><title>{(whiteToMove ? "White" : "Black")} to move</title></circle>\n");
        if (!string.IsNullOrEmpty(caption))
        {
            svg.Append(CultureInfo.InvariantCulture,
                $"  <text x=\"{Margin + board / 2}\" y=\"{Margin + board + Margin + 20}\" font-size=\"16\" text-anchor=\"middle\" fill=\"#000000\">{SecurityElement.Escape(caption)}</text>\n");
        }
        svg.Append("</svg>\n");
        return svg.ToString();
    }

    private static Square SquareAt(int row, int col, bool flipped) =>
        flipped ? Square.FromFileRank(7 - col, row) : Square.FromFileRank(col, 7 - row);
}
