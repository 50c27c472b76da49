using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests.Verification;

/// <summary>
/// Positions with known duals (one from mates-dev.epd, three Lichess puzzles): every dual the prover reports is
/// re-checked by the independent verifier: after its defence, each listed move mates as fast as the fastest mate,
/// no other move does, and at least two moves remain.
/// </summary>
public sealed class DualTests
{
    public static TheoryData<string, int, string[]> KnownDuals() => new()
    {
        { "1r4k1/8/5PP1/K7/6NR/7B/1r6/7R w - - 0 1", 3, ["Nh6+ Kh8 => g7+ Nf7+"] },
        { "8/8/6p1/PR3p2/1P3k1P/8/r5P1/7K b - - 0 39", 3, ["Kg3 Rxf5 => Ra1+ gxf5"] },
        { "7k/1R5p/5p2/2pBr2K/6P1/1p3n1P/8/8 w - - 3 44", 3, ["Kh6 Re6 => Rb8+ Bxe6", "Kh6 Re7 => Rb8+ Rxe7"] },
        { "4rr2/ppp2qk1/3p2pp/2nP4/2P4N/8/P1Q1RPPP/4R1K1 b - - 8 22", 3, ["Qxf2+ Kh1 => Qxe1+ Qf1+"] },
        { "7k/3n1rpp/b2r2q1/Q3p3/P7/2P1B3/5RPP/4R1K1 w - - 0 27", 3, ["Qd8+ Rf8 => Qxf8+ Rxf8+"] },
    };

    [Theory]
    [MemberData(nameof(KnownDuals))]
    public void Every_reported_dual_is_confirmed_by_the_verifier(string fen, int mateIn, string[] expected)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = mateIn });

        Assert.Equal(mateIn, result.MateIn);
        var duals = result.Duals.Select(d => SanOf(fen, d)).ToList();
        Assert.Equal(expected, duals.Select(d => $"{string.Join(' ', d.After)} => {string.Join(' ', d.Moves)}"));
        foreach (var (after, moves) in duals)
        {
            Assert.Empty(DualProblems(fen, mateIn, after, moves));
        }
    }

    [Fact]
    public void A_wrong_dual_is_caught()
    {
        const string fen = "1r4k1/8/5PP1/K7/6NR/7B/1r6/7R w - - 0 1";

        // Kb5 does not mate; g7+ alone leaves out Nf7+; in a mate in 2 no mate in 1 is left after Nh6+ Kh8.
        Assert.NotEmpty(DualProblems(fen, 3, ["Nh6+", "Kh8"], ["g7+", "Kb5"]));
        Assert.NotEmpty(DualProblems(fen, 3, ["Nh6+", "Kh8"], ["g7+"]));
        Assert.NotEmpty(DualProblems(fen, 2, ["Nh6+", "Kh8"], ["g7+", "Nf7+"]));
        Assert.Empty(DualProblems(fen, 3, ["Nh6+", "Kh8"], ["g7+", "Nf7+"]));
    }

    /// <summary>
    /// What is wrong with the dual "after <paramref name="after"/>, each of <paramref name="moves"/> mates equally fast",
    /// in a mate in <paramref name="mateIn"/> from <paramref name="fen"/>; empty when the verifier confirms it.
    /// </summary>
    private static List<string> DualProblems(string fen, int mateIn, IReadOnlyList<string> after, IReadOnlyList<string> moves)
    {
        var problems = new List<string>();
        var position = Position.Parse(fen);
        var verifier = new MateTreeVerifier();
        foreach (var san in after)
        {
            position.MakeMove(position.ParseSan(san));
        }
        var afterFen = position.ToFen();
        // The attacker is to move after each full move of 'after'; what is left of the mate is its budget.
        var budget = mateIn - after.Count / 2;
        var fastest = Enumerable.Range(1, Math.Max(0, budget)).FirstOrDefault(k => verifier.MateWithin(afterFen, k));
        if (after.Count % 2 != 0 || fastest == 0)
        {
            problems.Add($"after {string.Join(' ', after)} the attacker has no mate within {budget}");
            return problems;
        }
        if (fastest < 2)
        {
            problems.Add($"after {string.Join(' ', after)} only {fastest} move remains: not counted as a dual");
        }
        Span<Move> legal = stackalloc Move[Position.MaxMoves];
        var count = position.GenerateLegalMoves(legal);
        var mating = new List<string>();
        foreach (var move in legal[..count])
        {
            if (verifier.MoveMatesWithin(afterFen, move, fastest))
            {
                mating.Add(position.ToSan(move));
            }
        }
        if (moves.Count < 2)
        {
            problems.Add($"a dual of {moves.Count} move");
        }
        if (!mating.Order(StringComparer.Ordinal).SequenceEqual(moves.Order(StringComparer.Ordinal)))
        {
            problems.Add($"after {string.Join(' ', after)} the moves that mate in {fastest} are {string.Join(' ', mating)}, not {string.Join(' ', moves)}");
        }
        return problems;
    }

    /// <summary>The dual in SAN: its defence line replayed from <paramref name="fen"/>, then each of its moves.</summary>
    private static (List<string> After, List<string> Moves) SanOf(string fen, MateDual dual)
    {
        var position = Position.Parse(fen);
        var after = new List<string>();
        foreach (var move in dual.After)
        {
            after.Add(position.ToSan(move));
            position.MakeMove(move);
        }
        return (after, dual.Moves.Select(position.ToSan).ToList());
    }
}
