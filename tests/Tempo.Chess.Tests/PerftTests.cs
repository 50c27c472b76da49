namespace Tempo.Chess.Tests;

public sealed class PerftTests
{
    /// <summary>Counts up to this size run by default; larger ones (about 27 billion nodes in all) carry the Slow trait.</summary>
    private const long DefaultBudget = 50_000_000;

    public static TheoryData<string, string, int, long> DefaultEntries() => Entries(n => n <= DefaultBudget);

    public static TheoryData<string, string, int, long> DeepEntries() => Entries(n => n > DefaultBudget);

    private static TheoryData<string, string, int, long> Entries(Func<long, bool> keep)
    {
        var data = new TheoryData<string, string, int, long>();
        foreach (var file in new[] { "perft.epd", "perft-tricky.epd" })
        {
            foreach (var (source, fen, depth, nodes) in TestData.PerftEntries(file))
            {
                if (keep(nodes))
                {
                    data.Add(source, fen, depth, nodes);
                }
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(DefaultEntries))]
    public void Perft_matches_published_count(string source, string fen, int depth, long nodes)
    {
        Assert.True(Perft.Count(Position.Parse(fen), depth) == nodes, $"{source} depth {depth}: expected {nodes}");
    }

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(DeepEntries))]
    public void Perft_matches_published_count_deep(string source, string fen, int depth, long nodes)
    {
        Assert.True(Perft.Count(Position.Parse(fen), depth) == nodes, $"{source} depth {depth}: expected {nodes}");
    }

    [Fact]
    public void Every_data_file_line_is_covered()
    {
        var entries = TestData.PerftEntries("perft.epd").Concat(TestData.PerftEntries("perft-tricky.epd")).ToList();
        Assert.Equal(131 + 38, entries.Select(e => e.Source).Distinct().Count());
        Assert.Contains(entries, e => e.Nodes <= DefaultBudget);
    }

    [Fact]
    public void Divide_sums_to_count_and_lists_every_root_move_in_uci_order()
    {
        var position = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
        var divide = Perft.Divide(position, 3);
        Assert.Equal(48, divide.Count);
        Assert.Equal(97862, divide.Sum(d => d.Nodes));
        Assert.Equal(divide.Select(d => d.Move.ToUci()).Order(StringComparer.Ordinal), divide.Select(d => d.Move.ToUci()));
        Assert.Equal(2039 / 1, Perft.Divide(position, 2).Sum(d => d.Nodes));
        Assert.Contains(divide, d => d.Move.ToUci() == "e1g1" && d.Nodes == 2059);
    }

    [Fact]
    public void Perft_leaves_the_position_unchanged()
    {
        var position = Position.Parse("r3k2r/p1ppqpb1/bn2pnp1/3PN3/1p2P3/2N2Q1p/PPPBBPPP/R3K2R w KQkq - 0 1");
        var fen = position.ToFen();
        var hash = position.Hash;
        Assert.Equal(4085603, Perft.Count(position, 4));
        Assert.Equal(fen, position.ToFen());
        Assert.Equal(hash, position.Hash);
        Assert.Equal(0, position.Ply);
    }

    [Fact]
    public void Depth_zero_is_one_node()
    {
        Assert.Equal(1, Perft.Count(Position.StartPosition(), 0));
    }

    [Fact]
    public void Cancelled_perft_throws_and_restores_the_position()
    {
        var position = Position.StartPosition();
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();
        Assert.Throws<OperationCanceledException>(() => Perft.Count(position, 7, cancel.Token));
        Assert.Throws<OperationCanceledException>(() => Perft.Divide(position, 7, cancel.Token));
        Assert.Equal(0, position.Ply);
        Assert.Equal(8902, Perft.Count(position, 3, CancellationToken.None));
    }

    [Fact]
    public void Bench_suite_counts_are_the_published_ones()
    {
        var published = TestData.PerftEntries("perft.epd").ToList();
        foreach (var (name, fen, depth, nodes) in PerftSuite.Entries)
        {
            Assert.Contains(published, e => e.Fen == fen && e.Depth == depth && e.Nodes == nodes);
        }
        Assert.Equal(761_234_712, PerftSuite.ExpectedNodes);
    }
}
