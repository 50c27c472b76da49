using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

public sealed class TranspositionTableTests
{
    // A 1 MiB table has 2^14 buckets: keys that differ only above bit 14 share a bucket.
    private const ulong SameBucket = 1UL << 20;

    [Fact]
    public void Store_ThreeDeepBoundsInOneBucket_OutliveAFloodOfShallowOnes()
    {
        var table = new TranspositionTable(1);
        ulong key = 0x1234;
        table.StoreNoMate(key, 7, Move.None);
        table.StoreMate(key + SameBucket, 6, Move.None);
        table.StoreNoMate(key + 2 * SameBucket, 5, Move.None);
        for (ulong i = 3; i < 200; i++)
        {
            table.StoreNoMate(key + i * SameBucket, 1, Move.None);
        }

        Assert.True(table.TryGet(key, out var a));
        Assert.Equal(7, a.NoMateWithin);
        Assert.True(table.TryGet(key + SameBucket, out var b));
        Assert.Equal(6, b.MateWithin);
        Assert.True(table.TryGet(key + 2 * SameBucket, out var c));
        Assert.Equal(5, c.NoMateWithin);
        Assert.True(table.TryGet(key + 199 * SameBucket, out var newest));
        Assert.Equal(1, newest.NoMateWithin);
        Assert.False(table.TryGet(key + 150 * SameBucket, out _));
    }

    [Fact]
    public void Store_SamePosition_BoundsOnlyTighten()
    {
        var table = new TranspositionTable(1);
        table.StoreNoMate(42, 4, Move.None);
        table.StoreMate(42, 9, Move.None);
        table.StoreMate(42, 11, Move.None);
        table.StoreNoMate(42, 2, Move.None);

        Assert.True(table.TryGet(42, out var entry));
        Assert.Equal(9, entry.MateWithin);
        Assert.Equal(4, entry.NoMateWithin);
    }

    [Fact]
    public void Table_IsTheSizeAskedForAndStartsEmpty()
    {
        var table = new TranspositionTable(64);

        Assert.Equal(64L * 1024 * 1024, table.Bytes);
        Assert.Equal(0, table.UsedPermille());
        Assert.False(table.TryGet(0x9E3779B97F4A7C15, out _));
    }
}
