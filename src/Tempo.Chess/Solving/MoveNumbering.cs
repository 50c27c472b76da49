namespace Tempo.Chess.Solving;

/// <summary>Move numbers counted from the solved position: 1.Bh8, 1...Nd4, 2.Qxd4 (or 1...Qxf2+ 2.Kh1 when Black starts).</summary>
internal readonly record struct MoveNumbering(Color FirstToMove)
{
    /// <summary>"1.", "1..." or "" (for a White move that continues a line already numbered).</summary>
    public string Prefix(int ply, bool forceNumber)
    {
        int offset = FirstToMove == Color.Black ? 1 : 0;
        int number = 1 + (ply + offset) / 2;
        bool white = (ply + offset) % 2 == 0;
        if (white)
        {
            return $"{number}.";
        }
        return forceNumber ? $"{number}..." : string.Empty;
    }

    public bool IsWhite(int ply) => (ply + (FirstToMove == Color.Black ? 1 : 0)) % 2 == 0;

    public int Number(int ply) => 1 + (ply + (FirstToMove == Color.Black ? 1 : 0)) / 2;
}
