namespace Tempo.Chess.Popeye;

/// <summary>What a directmate or selfmate solution in Popeye's layout shows (Popeye's options of the same names).</summary>
public sealed record PopeyeTreeOptions
{
    /// <summary>Threats and defences under each key (option Variation); otherwise the keys alone.</summary>
    public bool Variation { get; init; } = true;

    /// <summary>Tries, each with its refutation after "but" (option Try).</summary>
    public bool Tries { get; init; } = true;

    /// <summary>A try is a first move refuted by at least one and at most this many defences (option Defence N; Try is Defence 1).</summary>
    public int Defences { get; init; } = 1;

    /// <summary>Stop after this many keys and tries (option MaxSolutions), or null.</summary>
    public int? MaxSolutions { get; init; }

    /// <summary>Set play before the solution (option SetPlay).</summary>
    public bool SetPlay { get; init; }

    /// <summary>Variations without threats (option NoThreat).</summary>
    public bool NoThreat { get; init; }

    /// <summary>Transposition table for the proofs behind the tree, in MiB.</summary>
    public int TableMegabytes { get; init; } = 64;

    /// <summary>At most this many lines are written; the rest is cut with a note.</summary>
    public int MaxLines { get; init; } = 20_000;
}
