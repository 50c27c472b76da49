namespace Tempo.Chess.Solving;

/// <summary>
/// A result's moves spelled in SAN, replayed from its FEN: what the text, JSON and PGN formatters lay out. The
/// solver's result holds only <see cref="Move"/> values; notation is made here, at the edge.
/// </summary>
internal sealed class SanSolution
{
    public required IReadOnlyList<string> Keys { get; init; }

    public required IReadOnlyList<string> MainLine { get; init; }

    public required IReadOnlyList<string>? Threat { get; init; }

    public required IReadOnlyList<SanDual> Duals { get; init; }

    public required IReadOnlyList<SanTry>? Tries { get; init; }

    /// <summary>Set play: each defender move after the attacker's pass and its answer, or null when not asked for.</summary>
    public IReadOnlyList<SanDefence>? SetPlay { get; init; }

    /// <summary>The tree, or null when the result has none or it was not asked for.</summary>
    public required SanAttack? Tree { get; init; }

    /// <summary>Spells <paramref name="result"/>; the tree (the costly part) only when <paramref name="includeTree"/>.</summary>
    public static SanSolution Of(MateResult result, bool includeTree = true)
    {
        var root = Position.Parse(result.Fen);
        var duals = new SanDual[result.Duals.Count];
        for (int i = 0; i < duals.Length; i++)
        {
            var dual = result.Duals[i];
            var after = root.Clone();
            foreach (var move in dual.After)
            {
                after.MakeMove(move);
            }
            duals[i] = new SanDual(SanLine.Of(root, dual.After), SanLine.Alternatives(after, dual.Moves));
        }
        SanTry[]? tries = null;
        if (result.Tries is { } found)
        {
            tries = new SanTry[found.Count];
            for (int i = 0; i < tries.Length; i++)
            {
                var line = SanLine.Of(root, [found[i].Move, found[i].Refutation]);
                tries[i] = new SanTry(line[0], line[1]);
            }
        }
        return new SanSolution
        {
            Keys = SanLine.Alternatives(root, result.Keys),
            MainLine = SanLine.Of(root, result.MainLine),
            Threat = result.Tree is { Threat: { } threat } tree ? ThreatSans(root, tree.Move, threat) : null,
            Duals = duals,
            Tries = tries,
            Tree = includeTree && result.Tree is { } node ? Attack(root.Clone(), node) : null,
            SetPlay = result.SetPlay is { } set ? SpellSetPlay(root.Clone(), set) : null,
        };
    }

    private static string[] ThreatSans(Position root, Move key, IReadOnlyList<Move> threat)
    {
        var position = root.Clone();
        position.MakeMove(key);
        position.MakeNullMove();
        return SanLine.Alternatives(position, threat);
    }

    private static SanDefence[] SpellSetPlay(Position position, IReadOnlyList<MateTreeDefence> set)
    {
        position.MakeNullMove();
        var sans = new SanDefence[set.Count];
        for (int i = 0; i < sans.Length; i++)
        {
            string san = position.ToSan(set[i].Move);
            position.MakeMove(set[i].Move);
            sans[i] = new SanDefence(san, set[i].Reply is { } reply ? Attack(position, reply) : null, set[i].Mates);
            position.UnmakeMove();
        }
        return sans;
    }

    /// <summary>Spells the node whose move is played from <paramref name="position"/> (left as it was found).</summary>
    private static SanAttack Attack(Position position, MateTreeAttack node)
    {
        string san = position.ToSan(node.Move);
        var duals = SanLine.Alternatives(position, node.Duals);
        position.MakeMove(node.Move);
        string[]? threat = null;
        if (node.Threat is { } moves)
        {
            position.MakeNullMove();
            threat = SanLine.Alternatives(position, moves);
            position.UnmakeMove();
        }
        var defences = new SanDefence[node.Defences.Count];
        for (int i = 0; i < defences.Length; i++)
        {
            var defence = node.Defences[i];
            SanAttack? reply = null;
            string defenceSan = position.ToSan(defence.Move);
            if (defence.Reply is { } answer)
            {
                position.MakeMove(defence.Move);
                reply = Attack(position, answer);
                position.UnmakeMove();
            }
            defences[i] = new SanDefence(defenceSan, reply, defence.Mates);
        }
        position.UnmakeMove();
        return new SanAttack(san, node.MateIn, threat, duals, defences, node.Truncated);
    }
}

/// <summary>A tree node's attacker move in SAN, with its threat, duals and defences spelled too.</summary>
internal sealed record SanAttack(
    string San,
    int MateIn,
    IReadOnlyList<string>? Threat,
    IReadOnlyList<string> Duals,
    IReadOnlyList<SanDefence> Defences,
    bool Truncated);

/// <summary>A defence in SAN and the spelled answer (null where the tree was truncated).</summary>
internal sealed record SanDefence(string San, SanAttack? Reply, bool Mates = false);

/// <summary>A dual in SAN: the line from the start, then the equally fast moves.</summary>
internal sealed record SanDual(IReadOnlyList<string> After, IReadOnlyList<string> Moves);

/// <summary>A try in SAN and its refutation.</summary>
internal sealed record SanTry(string Move, string Refutation);
