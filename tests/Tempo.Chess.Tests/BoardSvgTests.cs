using System.Xml.Linq;
using Tempo.Chess.Diagrams;

namespace Tempo.Chess.Tests;

public sealed class BoardSvgTests
{
    private static readonly XNamespace Svg = "http://www.w3.org/2000/svg";

    [Fact]
    public void Diagram_is_valid_svg_with_64_squares_every_piece_and_coordinates()
    {
        var position = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
        var document = XDocument.Parse(BoardSvg.Render(position, caption: "White to play & win"));
        Assert.Equal(Svg + "svg", document.Root!.Name);
        var squares = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "squares").Elements(Svg + "rect").ToList();
        Assert.Equal(64, squares.Count);
        Assert.Equal(32, squares.Count(r => (string?)r.Attribute("fill") == "#b58863"));
        var pieces = document.Descendants(Svg + "text").Where(t => t.Attribute("data-square") != null).ToList();
        Assert.Equal(32, pieces.Count);
        Assert.Contains(pieces, t => (string?)t.Attribute("data-square") == "f3" && (string?)t.Attribute("data-piece") == "Q");
        Assert.Contains(pieces, t => (string?)t.Attribute("data-square") == "e8" && t.Value == "♚");
        var coordinates = document.Descendants(Svg + "g").Single(g => (string?)g.Attribute("id") == "coordinates").Elements().Select(e => e.Value).ToList();
        Assert.All("abcdefgh12345678", c => Assert.Contains(c.ToString(), coordinates));
        Assert.Contains(document.Descendants(Svg + "text"), t => t.Value == "White to play & win");
        var marker = document.Descendants(Svg + "circle").Single();
        Assert.Equal("#ffffff", (string?)marker.Attribute("fill"));
    }

    [Fact]
    public void Side_to_move_marker_and_flipped_board()
    {
        var position = Position.Parse("4k3/8/8/8/8/8/8/4K3 b - - 0 1");
        var normal = XDocument.Parse(BoardSvg.Render(position));
        var flipped = XDocument.Parse(BoardSvg.Render(position, flipped: true));
        var marker = normal.Descendants(Svg + "circle").Single();
        Assert.Equal("#000000", (string?)marker.Attribute("fill"));
        double Y(XDocument d, string square) =>
            double.Parse((string)d.Descendants(Svg + "text").Single(t => (string?)t.Attribute("data-square") == square).Attribute("y")!, System.Globalization.CultureInfo.InvariantCulture);
        Assert.True(Y(normal, "e8") < Y(normal, "e1"));
        Assert.True(Y(flipped, "e8") > Y(flipped, "e1"));
        Assert.True(double.Parse((string)marker.Attribute("cy")!) < double.Parse((string)flipped.Descendants(Svg + "circle").Single().Attribute("cy")!));
    }
}
