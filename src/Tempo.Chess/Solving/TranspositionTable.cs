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
/// Buckets hold two slots: the first keeps the deeper proof, the second always takes the newest.
/// </remarks>
internal sealed class TranspositionTable
{
    private readonly Slot[] _slots;
    private readonly ulong _bucketMask;

    /// <summary>Creates a table of about <paramref name="megabytes"/> MiB (rounded down to a power of two).</summary>
    public TranspositionTable(int megabytes = 64)
    {
        if (megabytes < 1)
        {
            throw new ArgumentOutOfRangeException(nameof(megabytes), megabytes, "the table needs at least 1 MiB");
        }
        long slots = (long)megabytes * 1024 * 1024 / Unsafe.SizeOf<Slot>();
        long buckets = (long)BitOperations.RoundUpToPowerOf2((ulong)slots / 2 + 1) / 2;
        buckets = Math.Max(buckets, 1);
        _slots = new Slot[buckets * 2];
        _bucketMask = (ulong)buckets - 1;
    }

    /// <summary>Asks the processor to start loading the bucket of <paramref name="key"/> into the cache; changes nothing.</summary>
    public unsafe void Prefetch(ulong key)
    {
        if (Sse.IsSupported)
        {
            // Only a hint: if the array were moved after the address is taken, a prefetch never faults.
            Sse.Prefetch0(Unsafe.AsPointer(ref _slots[(int)(key & _bucketMask) * 2]));
        }
    }

    /// <summary>The memory the slots take, in bytes: the budget asked for, rounded down to a power of two.</summary>
    public long Bytes => (long)_slots.Length * Unsafe.SizeOf<Slot>();

    /// <summary>How full the table is, in thousandths, counted over its first 1000 slots (as UCI's <c>hashfull</c>).</summary>
    public int UsedPermille()
    {
        int sample = Math.Min(1000, _slots.Length);
        int used = 0;
        for (int i = 0; i < sample; i++)
        {
            used += Volatile.Read(ref _slots[i].Data) != 0 ? 1 : 0;
        }
        return used * 1000 / sample;
    }

    /// <summary>Forgets every entry.</summary>
    public void Clear() => Array.Clear(_slots);

    /// <summary>Looks up what is proven about a position.</summary>
    public bool TryGet(ulong key, out TableEntry entry)
    {
        int index = (int)(key & _bucketMask) * 2;
        for (int i = index; i < index + 2; i++)
        {
            ulong check = Volatile.Read(ref _slots[i].Check);
            ulong data = Volatile.Read(ref _slots[i].Data);
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
        int index = (int)(key & _bucketMask) * 2;
        int target = -1;
        TableEntry old = default;
        for (int i = index; i < index + 2; i++)
        {
            ulong check = _slots[i].Check;
            ulong data = _slots[i].Data;
            if ((check ^ data) == key && data != 0)
            {
                target = i;
                old = Unpack(data);
                break;
            }
        }
        if (target >= 0)
        {
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
        }
        else
        {
            int depth = Math.Max(mateWithin, noMateWithin);
            TableEntry first = Unpack(_slots[index].Data);
            target = depth >= Math.Max(first.MateWithin, first.NoMateWithin) ? index : index + 1;
        }
        ulong packed = Pack(mateWithin, noMateWithin, move);
        _slots[target].Data = packed;
        _slots[target].Check = key ^ packed;
    }

    private static ulong Pack(int mateWithin, int noMateWithin, Move move) =>
        move.Value | (ulong)(byte)mateWithin << 16 | (ulong)(byte)noMateWithin << 24 | 1UL << 32;

    private static TableEntry Unpack(ulong data) =>
        new((byte)(data >> 16), (byte)(data >> 24), new Move((ushort)data));

    private struct Slot
    {
        public ulong Check;
        public ulong Data;
    }
}
