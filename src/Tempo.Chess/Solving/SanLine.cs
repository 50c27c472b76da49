namespace Tempo.Chess.Solving;

/// <summary>Moves played one after another from a position, written in SAN (the formatters' one way to spell a line).</summary>
internal static class SanLine
{
    /// <summary>The SAN of each move of <paramref name="moves"/>, each played after the ones before it from <paramref name="start"/> (which is not changed).</summary>
    public static string[] Of(Position start, IReadOnlyList<Move> moves)
    {
        var position = start.Clone();
        var sans = new string[moves.Count];
        for (int i = 0; i < moves.Count; i++)
        {
            sans[i] = position.ToSan(moves[i]);
            position.MakeMove(moves[i]);
        }
        return sans;
    }

    /// <summary>The SAN of each of <paramref name="moves"/>, all alternatives in <paramref name="position"/>.</summary>
    public static string[] Alternatives(Position position, IReadOnlyList<Move> moves)
    {
        var sans = new string[moves.Count];
        for (int i = 0; i < moves.Count; i++)
        {
            sans[i] = position.ToSan(moves[i]);
        }
        return sans;
    }
}
