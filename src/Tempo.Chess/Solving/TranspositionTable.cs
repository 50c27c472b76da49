using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.Intrinsics.X86;

namespace Tempo.Chess.Solving;

/// <summary>
/// A shared table of proven mate bounds, keyed by Zobrist hash. Each slot keeps
/// "the attacker mates within M moves" and "the attacker cannot mate within K moves"
/// for one position (attacker or defender to move), plus the move that proved or refuted it.
/// </summary>
/// <remarks>
/// Worker threads read and write without locks. A slot stores <c>key ^ data</c> beside <c>data</c>,
/// so a torn write (one word from each of two writers) fails the key check and reads as a miss
/// instead of a wrong bound: the table can lose entries but never lie.
/// A bucket is four slots in one 64-byte cache line (one memory wait per probe). A new position takes the bucket's
/// shallowest slot (fewest moves proven), so the deep bounds that cost most to prove, and that the next deepening step
/// and the budget rounds come back to, outlive the flood of one-move bounds of a long search.
/// </remarks>
internal sealed class TranspositionTable
{
    private const int SlotsPerBucket = 4;
    private const int WordsPerBucket = SlotsPerBucket * 2;
    private const int CacheLineBytes = 64;

    /// <summary>Pairs of words per slot (check, data), on the pinned heap so that the buckets stay cache-line aligned.</summary>
    private readonly ulong[] _words;
    private readonly int _first;
    private readonly ulong _bucketMask;

    /// <summary>Creates a table of about <paramref name="megabytes"/> MiB (rounded down to a power of two).</summary>
    public TranspositionTable(int megabytes = 64)
    {
        if (megabytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(megabytes), megabytes, "the table needs at least 1 MiB");
        }
        long buckets = (long)BitOperations.RoundUpToPowerOf2((ulong)megabytes * 1024 * 1024 / CacheLineBytes + 1) / 2;
        _words = GC.AllocateArray<ulong>((int)(buckets * WordsPerBucket) + WordsPerBucket - 1, pinned: true);
        _first = AlignedStart(_words);
        _bucketMask = (ulong)buckets - 1;
    }

    /// <summary>The first index of <paramref name="words"/> (pinned) at a cache-line boundary.</summary>
    private static unsafe int AlignedStart(ulong[] words)
    {
        long address = (long)Unsafe.AsPointer(ref words[0]);
        return (int)((CacheLineBytes - address % CacheLineBytes) % CacheLineBytes / sizeof(ulong));
    }

    /// <summary>Asks the processor to start loading the bucket of <paramref name="key"/> into the cache; changes nothing.</summary>
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            // The array is pinned, so the address stays valid; a prefetch never faults anyway.
            Sse.Prefetch0(Unsafe.AsPointer(ref _words[BucketStart(key)]));
        }
    }

    /// <summary>The memory the slots take, in bytes: the budget asked for, rounded down to a power of two.</summary>
    public long Bytes => (long)(_bucketMask + 1) * CacheLineBytes;

    /// <summary>How full the table is, in thousandths, counted over its first 1000 slots (as UCI's <c>hashfull</c>).</summary>
    public int UsedPermille()
    {
        int sample = (int)Math.Min(1000, (long)(_bucketMask + 1) * SlotsPerBucket);
        int used = 0;
        for (int i = 0; i < sample; i++)
        {
            used += Volatile.Read(ref _words[_first + 2 * i + 1]) != 0 ? 1 : 0;
        }
        return used * 1000 / sample;
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear() => Array.Clear(_words);

    /// <summary>Looks up what is proven about a position.</summary>
    public bool TryGet(ulong key, out TableEntry entry)
    {
        int start = BucketStart(key);
        for (int i = start; i < start + WordsPerBucket; i += 2)
        {
            ulong check = Volatile.Read(ref _words[i]);
            ulong data = Volatile.Read(ref _words[i + 1]);
            if ((check ^ data) == key && data != 0)
            {
                entry = Unpack(data);
                return true;
            }
        }
        entry = default;
        return false;
    }

    /// <summary>Records a proof: the attacker mates within <paramref name="mateWithin"/> moves (0 = nothing new).</summary>
    public void StoreMate(ulong key, int mateWithin, Move move) => Store(key, mateWithin, 0, move);

    /// <summary>Records a disproof: the attacker cannot mate within <paramref name="noMateWithin"/> moves.</summary>
    public void StoreNoMate(ulong key, int noMateWithin, Move move) => Store(key, 0, noMateWithin, move);

    private void Store(ulong key, int mateWithin, int noMateWithin, Move move)
    {
        int start = BucketStart(key);
        int target = -1;
        int shallowest = start;
        int shallowestDepth = int.MaxValue;
        for (int i = start; i < start + WordsPerBucket; i += 2)
        {
            ulong check = _words[i];
            ulong data = _words[i + 1];
            if ((check ^ data) == key && data != 0)
            {
                target = i;
                var old = Unpack(data);
                // Bounds only ever tighten: keep the smallest proven mate and the largest proven no-mate.
                if (old.MateWithin != 0 && (mateWithin == 0 || old.MateWithin < mateWithin))
                {
                    mateWithin = old.MateWithin;
                }
                noMateWithin = Math.Max(noMateWithin, old.NoMateWithin);
                if (move == Move.None)
                {
                    move = old.Move;
                }
                break;
            }
            int depth = data == 0 ? -1 : Depth(Unpack(data));
            if (depth < shallowestDepth)
            {
                shallowest = i;
                shallowestDepth = depth;
            }
        }
        if (target < 0)
        {
            target = shallowest;
        }
        ulong packed = Pack(mateWithin, noMateWithin, move);
        _words[target + 1] = packed;
        _words[target] = key ^ packed;
    }

    private int BucketStart(ulong key) => _first + (int)(key & _bucketMask) * WordsPerBucket;

    private static int Depth(TableEntry entry) => Math.Max(entry.MateWithin, entry.NoMateWithin);

    private static ulong Pack(int mateWithin, int noMateWithin, Move move) =>
        move.Value | (ulong)(byte)mateWithin << 16 | (ulong)(byte)noMateWithin << 24 | 1UL << 32;

    private static TableEntry Unpack(ulong data) =>
        new((byte)(data >> 16), (byte)(data >> 24), new Move((ushort)data));
}
