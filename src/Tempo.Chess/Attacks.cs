using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics.X86;

namespace Tempo.Chess;

/// <summary>Precomputed attack tables. Sliding pieces use PEXT when the CPU has BMI2, fancy magics otherwise.</summary>
internal static class Attacks
{
    /// <summary>
    /// PEXT unless the CPU lacks BMI2 or the runtime configuration option <see cref="SliderLookups.ConfigurationName"/>
    /// says "magic". Read once at start-up; the JIT folds the readonly flag into a constant.
    /// </summary>
    internal static readonly bool UsePext =
        Bmi2.X64.IsSupported && AppContext.GetData(SliderLookups.ConfigurationName) as string != "magic";

    private static readonly ulong[] KnightTable = new ulong[64];
    private static readonly ulong[] KingTable = new ulong[64];
    private static readonly ulong[] PawnTable = new ulong[128];
    private static readonly ulong[] BetweenTable = new ulong[64 * 64];
    private static readonly ulong[] LineTable = new ulong[64 * 64];
    private static readonly ulong[] RookEmptyTable = new ulong[64];
    private static readonly ulong[] BishopEmptyTable = new ulong[64];

    private static readonly SliderTable Rooks;
    private static readonly SliderTable Bishops;

    internal static readonly (int, int)[] RookDirections = [(1, 0), (-1, 0), (0, 1), (0, -1)];
    internal static readonly (int, int)[] BishopDirections = [(1, 1), (1, -1), (-1, 1), (-1, -1)];

    static Attacks()
    {
        for (var sq = 0; sq < 64; sq++)
        {
            KnightTable[sq] = Leaper(sq, [(1, 2), (2, 1), (2, -1), (1, -2), (-1, -2), (-2, -1), (-2, 1), (-1, 2)]);
            KingTable[sq] = Leaper(sq, [(1, 0), (1, 1), (0, 1), (-1, 1), (-1, 0), (-1, -1), (0, -1), (1, -1)]);
            PawnTable[sq] = Leaper(sq, [(-1, 1), (1, 1)]);
            PawnTable[64 + sq] = Leaper(sq, [(-1, -1), (1, -1)]);
        }
        Rooks = new SliderTable(RookDirections, UsePext, MagicNumbers.Rook);
        Bishops = new SliderTable(BishopDirections, UsePext, MagicNumbers.Bishop);
        for (var a = 0; a < 64; a++)
        {
            RookEmptyTable[a] = Rooks.Slow(a, 0);
            BishopEmptyTable[a] = Bishops.Slow(a, 0);
            for (var b = 0; b < 64; b++)
            {
                if (a == b)
                {
                    continue;
                }
                var bbA = 1UL << a;
                var bbB = 1UL << b;
                if ((Rooks.Slow(a, 0) & bbB) != 0)
                {
                    BetweenTable[a * 64 + b] = Rooks.Slow(a, bbB) & Rooks.Slow(b, bbA);
                    LineTable[a * 64 + b] = (Rooks.Slow(a, 0) & Rooks.Slow(b, 0)) | bbA | bbB;
                }
                else if ((Bishops.Slow(a, 0) & bbB) != 0)
                {
                    BetweenTable[a * 64 + b] = Bishops.Slow(a, bbB) & Bishops.Slow(b, bbA);
                    LineTable[a * 64 + b] = (Bishops.Slow(a, 0) & Bishops.Slow(b, 0)) | bbA | bbB;
                }
            }
        }
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Knight(int sq) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(KnightTable), sq);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong King(int sq) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(KingTable), sq);

    /// <summary>Squares a pawn of <paramref name="color"/> on <paramref name="sq"/> attacks.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Pawn(int color, int sq) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(PawnTable), (color << 6) | sq);

    /// <summary>Squares strictly between two aligned squares; empty if they are not on one line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Between(int a, int b) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(BetweenTable), (a << 6) | b);

    /// <summary>The whole rank, file or diagonal through two squares; empty if they are not on one line.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Line(int a, int b) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(LineTable), (a << 6) | b);

    /// <summary>Rook attacks on an empty board.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong RookEmpty(int sq) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(RookEmptyTable), sq);

    /// <summary>Bishop attacks on an empty board.</summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong BishopEmpty(int sq) => Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(BishopEmptyTable), sq);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Rook(int sq, ulong occupied) => Rooks.Get(sq, occupied);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Bishop(int sq, ulong occupied) => Bishops.Get(sq, occupied);

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Queen(int sq, ulong occupied) => Rooks.Get(sq, occupied) | Bishops.Get(sq, occupied);

    private static ulong Leaper(int sq, (int, int)[] deltas)
    {
        ulong result = 0;
        int file = sq & 7, rank = sq >> 3;
        foreach (var (df, dr) in deltas)
        {
            int f = file + df, r = rank + dr;
            if (f is >= 0 and < 8 && r is >= 0 and < 8)
            {
                result |= 1UL << (r * 8 + f);
            }
        }
        return result;
    }

    /// <summary>One slider's attack table: per square a mask, an offset into a shared table, and a magic (unused with PEXT).</summary>
    internal sealed class SliderTable
    {
        private readonly ulong[] _masks = new ulong[64];
        private readonly ulong[] _magics = new ulong[64];
        private readonly int[] _shifts = new int[64];
        private readonly int[] _offsets = new int[64];
        private readonly ulong[] _table;
        private readonly Entry[] _entries = new Entry[64];
        private readonly (int, int)[] _directions;
        private readonly bool _pext;

        // Table building runs once at start-up; optimised code makes the magic search (non-BMI2 CPUs) ten times quicker.
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public SliderTable((int, int)[] directions, bool pext, ulong[]? knownMagics = null)
        {
            _directions = directions;
            _pext = pext;
            var total = 0;
            for (var sq = 0; sq < 64; sq++)
            {
                _masks[sq] = RelevantMask(sq);
                _offsets[sq] = total;
                total += 1 << BitOperations.PopCount(_masks[sq]);
            }
            _table = new ulong[total];
            var rng = new SplitMix64(0x7E4D0C4E55UL);
            Span<ulong> occupancies = stackalloc ulong[4096];
            Span<ulong> attacks = stackalloc ulong[4096];
            Span<int> epoch = stackalloc int[4096];
            for (var sq = 0; sq < 64; sq++)
            {
                var mask = _masks[sq];
                var bits = BitOperations.PopCount(mask);
                var size = 1 << bits;
                ulong subset = 0;
                for (var i = 0; i < size; i++)
                {
                    occupancies[i] = subset;
                    attacks[i] = Slow(sq, subset);
                    subset = (subset - mask) & mask;
                }
                var slot = _table.AsSpan(_offsets[sq], size);
                if (pext)
                {
                    for (var i = 0; i < size; i++)
                    {
                        slot[(int)Bmi2.X64.ParallelBitExtract(occupancies[i], mask)] = attacks[i];
                    }
                    continue;
                }
                _shifts[sq] = 64 - bits;
                epoch[..size].Clear();
                for (var attempt = 1; ; attempt++)
                {
                    if (knownMagics != null && attempt > 1)
                    {
                        throw new InvalidOperationException($"magic number for square {new Square(sq)} collides");
                    }
                    var magic = knownMagics?[sq] ?? rng.Next() & rng.Next() & rng.Next();
                    if (knownMagics == null && BitOperations.PopCount((mask * magic) >> 56) < 6)
                    {
                        continue;
                    }
                    var ok = true;
                    for (var i = 0; i < size && ok; i++)
                    {
                        var index = (int)((occupancies[i] * magic) >> _shifts[sq]);
                        if (epoch[index] < attempt)
                        {
                            epoch[index] = attempt;
                            slot[index] = attacks[i];
                        }
                        else if (slot[index] != attacks[i])
                        {
                            ok = false;
                        }
                    }
                    if (ok)
                    {
                        _magics[sq] = magic;
                        break;
                    }
                }
            }
            for (var sq = 0; sq < 64; sq++)
            {
                _entries[sq] = new Entry(_masks[sq], _magics[sq], _offsets[sq], _shifts[sq]);
            }
        }

        /// <summary>The magic multiplier used for a square (zero when the table was built for PEXT).</summary>
        public ulong MagicOf(int sq) => _entries[sq].Magic;

        /// <summary>The magic-bitboard lookup whatever the CPU, so tests can check the fallback on a BMI2 machine.</summary>
        public ulong GetWithMagic(int sq, ulong occupied)
        {
            ref var entry = ref _entries[sq];
            return _table[entry.Offset + (int)(((occupied & entry.Mask) * entry.Magic) >> entry.Shift)];
        }

        [MethodImpl(MethodImplOptions.AggressiveInlining)]
        public ulong Get(int sq, ulong occupied)
        {
            ref var entry = ref Unsafe.Add(ref MemoryMarshal.GetArrayDataReference(_entries), sq);
            ref var table = ref MemoryMarshal.GetArrayDataReference(_table);
            if (UsePext)
            {
                return Unsafe.Add(ref table, entry.Offset + (int)Bmi2.X64.ParallelBitExtract(occupied, entry.Mask));
            }
            return Unsafe.Add(ref table, entry.Offset + (int)(((occupied & entry.Mask) * entry.Magic) >> entry.Shift));
        }

        /// <summary>Ray-walking attacks, used only to build the tables.</summary>
        [MethodImpl(MethodImplOptions.AggressiveOptimization)]
        public ulong Slow(int sq, ulong occupied)
        {
            ulong result = 0;
            foreach (var (df, dr) in _directions)
            {
                int f = (sq & 7) + df, r = (sq >> 3) + dr;
                while (f is >= 0 and < 8 && r is >= 0 and < 8)
                {
                    var bit = 1UL << (r * 8 + f);
                    result |= bit;
                    if ((occupied & bit) != 0)
                    {
                        break;
                    }
                    f += df;
                    r += dr;
                }
            }
            return result;
        }

        private ulong RelevantMask(int sq)
        {
            ulong result = 0;
            foreach (var (df, dr) in _directions)
            {
                int f = (sq & 7) + df, r = (sq >> 3) + dr;
                // The last square of each ray never blocks anything beyond it, so it is not part of the index.
                while (f + df is >= 0 and < 8 && r + dr is >= 0 and < 8)
                {
                    result |= 1UL << (r * 8 + f);
                    f += df;
                    r += dr;
                }
            }
            return result;
        }

        /// <summary>Everything one lookup needs, side by side in one cache line.</summary>
        private readonly record struct Entry(ulong Mask, ulong Magic, int Offset, int Shift);
    }
}
