namespace Tempo.Chess.Tests;

/// <summary>The magic-bitboard fallback (used where BMI2 is missing) against ray walking, on this machine too.</summary>
public sealed class SliderAttackTests
{
    [Theory]
    [InlineData(true, true)]
    [InlineData(false, true)]
    [InlineData(true, false)]
    [InlineData(false, false)]
    public void Magic_tables_match_ray_walking_for_random_occupancies(bool rook, bool builtInMagics)
    {
        var magics = builtInMagics ? (rook ? MagicNumbers.Rook : MagicNumbers.Bishop) : null;
        var table = new Attacks.SliderTable(rook ? Attacks.RookDirections : Attacks.BishopDirections, pext: false, magics);
        var random = new Random(rook ? 1 : 2);
        for (var i = 0; i < 200_000; i++)
        {
            var square = random.Next(64);
            var occupied = (ulong)random.NextInt64() & (ulong)random.NextInt64();
            Assert.Equal(table.Slow(square, occupied), table.GetWithMagic(square, occupied));
        }
    }

    [Fact]
    public void A_colliding_magic_number_is_refused()
    {
        var magics = (ulong[])MagicNumbers.Rook.Clone();
        magics[0] = 1;
        Assert.Throws<InvalidOperationException>(() => new Attacks.SliderTable(Attacks.RookDirections, pext: false, magics));
    }

    [Fact]
    public void Active_tables_match_ray_walking()
    {
        var rooks = new Attacks.SliderTable(Attacks.RookDirections, pext: false);
        var bishops = new Attacks.SliderTable(Attacks.BishopDirections, pext: false);
        var random = new Random(3);
        for (var i = 0; i < 100_000; i++)
        {
            var square = random.Next(64);
            var occupied = (ulong)random.NextInt64() & (ulong)random.NextInt64();
            Assert.Equal(rooks.Slow(square, occupied), Attacks.Rook(square, occupied));
            Assert.Equal(bishops.Slow(square, occupied), Attacks.Bishop(square, occupied));
        }
    }
}
