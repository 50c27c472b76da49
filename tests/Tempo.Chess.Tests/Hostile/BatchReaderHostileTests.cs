using CsCheck;
using Tempo.Chess.Batch;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>
/// Half-downloaded and hand-edited batch files. The reader may refuse a CSV whose header lacks a required column
/// (a <see cref="FormatException"/>); every other line becomes an entry with a position or an error, never an exception.
/// </summary>
public sealed class BatchReaderHostileTests
{
    private static readonly string[] CsvLines = File.ReadAllLines(TestData.PathOf("lichess-mate-in-1-3.csv"));

    private static Gen<string[]> CsvFiles
    {
        get
        {
            var rows = CsvLines[1..];
            var row = HostileInput.Mutations(rows, "abcdefgh12345678/ ,\"qrbnkpQRBNKPmateIn0123456789#-w");
            var header = Gen.Frequency((9, Gen.Const(CsvLines[0])), (1, HostileInput.Mutations([CsvLines[0]], "PuzzleId,FENMovesThemes\" ")));
            return Gen.Select(header, row.Array[1, 4], (h, r) => (string[])[h, .. r]);
        }
    }

    private static Gen<string[]> EpdFiles => HostileInput.Mutations(HostileInput.SeedEpdLines()).Array[1, 4];

    [Fact]
    public void Lichess_csv_rows_become_entries_with_a_position_or_an_error()
    {
        HostileInput.AssertOnlyTypedErrors(CsvFiles, lines => CheckEntries(lines, "puzzles.csv"), e => e.GetType() == typeof(FormatException));
    }

    [Fact]
    public void Epd_batch_lines_become_entries_with_a_position_or_an_error()
    {
        // The EPD reader has no header to refuse: nothing at all may escape it, so the "typed error" is a row error.
        HostileInput.AssertOnlyTypedErrors(EpdFiles, lines =>
        {
            if (CheckEntries(lines, "mates.epd") > 0)
            {
                throw new RowError();
            }
        }, e => e is RowError);
    }

    [Theory]
    [InlineData("000Zo,4r3/1k6/pp3r2/1b2P2p/3R1p2/P1R2P2/1P4PP/6K1 w - - 0 35,e5f6 e8e1 g1f2 e1f1,1353,75,86,622,endgame mateIn99999999999 short,u,")]
    [InlineData("000Zo,4r3/1k6/pp3r2/1b2P2p/3R1p2/P1R2P2/1P4PP/6K1 w - - 0 35,e5f6 e8e1 g1f2 e1f1,1353,75,86,622,endgame mateIn2147483648 short,u,")]
    [InlineData("000Zo,4r3/1k6/pp3r2/1b2P2p/3R1p2/P1R2P2/1P4PP/6K1 w - - 0 35,e5f6 e8e1 g1f2 e1f1,1353,75,86,622,endgame mateIn0 short,u,")]
    [InlineData("000Zo,4r3/1k6/pp3r2/1b2P2p/3R1p2/P1R2P2/1P4PP/6K1 w - - 0 35,e9f6,1353,75,86,622,mateIn2,u,")]
    [InlineData("000Zo,4r3/1k6/pp3r2/1b2P2p/3R1p2/P1R2P2/1P4PP/6K1 w - - 0 35,,1353,75,86,622,mateIn2,u,")]
    [InlineData("000Zo,\"4r3/1k6/pp3r2/1b2P2p/3R1p2/P1R2P2/1P4PP/6K1 w - - 0 35,e5f6")]
    [InlineData("000Zo,4r3/1k6/pp3r2/1b2P2p")]
    public void Broken_csv_rows_are_entries_with_an_error_not_exceptions(string row)
    {
        var entries = BatchReader.Read([CsvLines[0], row, CsvLines[1]], "puzzles.csv").ToList();

        Assert.Equal(2, entries.Count);
        Assert.Null(entries[0].Position);
        Assert.StartsWith("line 2: ", entries[0].Error, StringComparison.Ordinal);
        Assert.NotNull(entries[1].Position);
    }

    [Theory]
    [InlineData("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 bm #99999999999;")]
    [InlineData("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 dm 0;")]
    [InlineData("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 bm #;")]
    [InlineData("5K2/8/2qk4/2nPp3/3r4/6B1/B7/3R4 w - e6 bm #1; id \"cut")]
    public void Broken_epd_batch_lines_are_entries_with_an_error(string line)
    {
        var entries = BatchReader.Read([line, "2brrb2/8/p7/7Q/1p1kpPp1/1P1pN1K1/3P4/8 w - - bm #2;"], "mates.epd").ToList();

        Assert.Equal(2, entries.Count);
        Assert.Null(entries[0].Position);
        Assert.StartsWith("line 1: ", entries[0].Error, StringComparison.Ordinal);
        Assert.Equal(2, entries[1].Expected);
    }

    [Fact]
    public void A_csv_without_the_required_columns_is_refused_naming_the_file()
    {
        var e = Assert.Throws<FormatException>(() => BatchReader.Read(["PuzzleId,FEN,Rating", "x,y,z"], "cut.csv").ToList());
        Assert.Contains("cut.csv", e.Message, StringComparison.Ordinal);
        Assert.Contains("Moves", e.Message, StringComparison.Ordinal);
    }

    /// <summary>Reads the file; returns how many entries carry an error. Throws if an entry is neither readable nor an error.</summary>
    private static int CheckEntries(string[] lines, string name)
    {
        var errors = 0;
        var previous = 0;
        foreach (var entry in BatchReader.Read(lines, name))
        {
            if ((entry.Position is null) == (entry.Error is null))
            {
                throw new InvalidOperationException($"line {entry.LineNumber}: position {entry.Position} with error {entry.Error}");
            }
            if (entry.LineNumber <= previous || entry.LineNumber > lines.Length)
            {
                throw new InvalidOperationException($"line number {entry.LineNumber} after {previous} in a file of {lines.Length} lines");
            }
            if (entry.Error is not null && ((entry.Error.Contains('\n') && !lines.Any(l => l.Contains('\n'))) || !entry.Error.StartsWith($"line {entry.LineNumber}: ", StringComparison.Ordinal)))
            {
                throw new InvalidOperationException($"error is not one line naming the line: {entry.Error}");
            }
            previous = entry.LineNumber;
            errors += entry.Error is null ? 0 : 1;
        }
        return errors;
    }

    private sealed class RowError : Exception;
}
