namespace Tempo.Chess;

/// <summary>Zobrist keys from a fixed seed, so hashes are the same in every run.</summary>
internal static class Zobrist
{
    /// <summary>Indexed by (color * 8 + pieceType) * 64 + square.</summary>
    public static readonly ulong[] Pieces = new ulong[16 * 64];
    public static readonly ulong[] Castling = new ulong[16];
    public static readonly ulong[] EnPassantFile = new ulong[8];
    public static readonly ulong BlackToMove;

    static Zobrist()
    {
        var rng = new SplitMix64(0x54656D706F43UL);
        for (var i = 0; i < Pieces.Length; i++)
        {
            Pieces[i] = rng.Next();
        }
        for (var i = 0; i < Castling.Length; i++)
        {
            Castling[i] = rng.Next();
        }
        for (var i = 0; i < EnPassantFile.Length; i++)
        {
            EnPassantFile[i] = rng.Next();
        }
        BlackToMove = rng.Next();
    }
}
