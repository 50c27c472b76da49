using Tempo.Chess.Tests.Reference;

namespace Tempo.Chess.Tests;

/// <summary>The bitboard generator against the simple mailbox one on positions reached by seeded random games.</summary>
public sealed class ReferenceGeneratorTests
{
    private const int PositionsPerSeedGroup = 25_000;

    /// <summary>Four groups of 25,000 positions = 100,000 positions, from the start position and from the perft suites.</summary>
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Fast_and_reference_generators_agree_on_random_game_positions(int group)
    {
        var starts = new List<string> { Position.StartPosition().ToFen() };
        starts.AddRange(TestData.PerftEntries("perft.epd").Concat(TestData.PerftEntries("perft-tricky.epd")).Select(e => e.Fen).Distinct());
        var random = new Random(group * 7919);
        Span<Move> moves = stackalloc Move[Position.MaxMoves];
        var checked_ = 0;
        var seen = new HashSet<string>();
        while (checked_ < PositionsPerSeedGroup)
        {
            var position = Position.Parse(starts[random.Next(starts.Count)]);
            for (var ply = 0; ply < 300 && checked_ < PositionsPerSeedGroup; ply++)
            {
                var fen = position.ToFen();
                var reference = MailboxBoard.FromFen(fen);
                var count = position.GenerateLegalMoves(moves);
                var fast = new List<string>(count);
                for (var i = 0; i < count; i++)
                {
                    fast.Add(moves[i].ToUci());
                }
                var expected = reference.LegalMoves();
                expected.Sort(StringComparer.Ordinal);
                fast.Sort(StringComparer.Ordinal);
                Assert.True(expected.SequenceEqual(fast),
                    $"{fen}: reference [{string.Join(' ', expected)}] fast [{string.Join(' ', fast)}]");
                Assert.Equal(reference.InCheck(), position.InCheck);
                Assert.Equal(count, position.CountLegalMoves());
                checked_++;
                seen.Add(fen);
                if (count == 0)
                {
                    Assert.Equal(position.InCheck, position.IsCheckmate());
                    Assert.Equal(!position.InCheck, position.IsStalemate());
                    break;
                }
                var move = moves[random.Next(count)];
                var next = reference.Play(move.ToUci()).PlacementSideCastling();
                position.MakeMove(move);
                Assert.Equal(next, string.Join(' ', position.ToFen().Split(' ').Take(3)));
            }
        }
        Assert.True(seen.Count > PositionsPerSeedGroup / 2, $"only {seen.Count} distinct positions");
    }
}
