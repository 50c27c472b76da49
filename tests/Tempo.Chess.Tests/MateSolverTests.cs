using System.Text.Json;
using Tempo.Chess.Solving;
using Tempo.Chess.Tests.Verification;
using Tempo.Timeline;

namespace Tempo.Chess.Tests;

public sealed class MateSolverTests
{
    private const string BookFen = MateSolverTestData.BookPuzzleFen;

    [Fact]
    public void Solve_BookPuzzle_FindsBh8MateIn3()
    {
        var result = MateSolver.Solve(Position.Parse(BookFen));

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(3, result.MateIn);
        Assert.Equal(["Bh8"], Sans(BookFen, result.Keys));
        Assert.False(result.Cooked);
        Assert.Empty(result.Duals);
        AssertVerified(BookFen, result, checkAllKeys: true);
    }

    [Fact]
    public void Solve_BookPuzzle_LongestDefencesAreNd4AndNe5()
    {
        var tree = SanSolution.Of(MateSolver.Solve(Position.Parse(BookFen))).Tree!;

        Assert.Equal(["Qg7#"], tree.Threat);
        Assert.Equal(29, tree.Defences.Count);
        var longest = tree.Defences.Where(d => d.Reply!.MateIn == 2).ToDictionary(d => d.San, d => d.Reply!);
        Assert.Equal(["Nd4", "Ne5"], longest.Keys.Order());
        Assert.Equal("Qxd4", longest["Nd4"].San);
        Assert.Equal("Qxe5", longest["Ne5"].San);
        Assert.Equal(["Qg7#"], longest["Nd4"].Threat);
        Assert.Equal(24, longest["Nd4"].Defences.Count);
        Assert.All(longest["Nd4"].Defences, d => Assert.Equal("Qg7#", d.Reply!.San));
        Assert.All(tree.Defences.Where(d => !longest.ContainsKey(d.San)), d => Assert.Equal("Qg7#", d.Reply!.San));
    }

    [Fact]
    public void Solve_BookPuzzleWithLineNd4Be6_PrintsTheChaptersTable()
    {
        var result = MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { Line = ["Nd4 Be6"] });

        Assert.Equal(["Bh8", "Nd4", "Qxd4", "Be6", "Qg7#"], SanLine.Of(Position.Parse(BookFen), result.MainLine));
        var table = result.FormatTable().Split('\n');
        Assert.Equal("| Step | White | Black |", table[0]);
        Assert.Equal("| 1    | Bh8   | Nd4   |", table[2]);
        Assert.Equal("| 2    | Qxd4  | Be6   |", table[3]);
        Assert.Equal("| 3    | Qg7#  |       |", table[4]);
        Assert.StartsWith("mate in 3 (proven; key Bh8; 1 key; ", table[^2]);
        Assert.Empty(MateTreeVerifier.CheckLineEndsInMate(BookFen, result.MainLine));
    }

    [Fact]
    public void Solve_FullLineWithAttackerMoves_IsFollowed()
    {
        var result = MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { Line = ["1.Bh8 Ne5 2.Qxe5 h6"] });

        Assert.Equal(["Bh8", "Ne5", "Qxe5", "h6", "Qg7#"], SanLine.Of(Position.Parse(BookFen), result.MainLine));
    }

    [Fact]
    public void Solve_LineWithAttackerMoveThatMissesTheMate_ThrowsNamingTheMove()
    {
        var error = Assert.Throws<MateLineException>(() =>
            MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { Line = ["1.Bh8 Nd4 2.Be6"] }));

        Assert.Equal("line: 1.Bh8 Nd4 2.Be6 does not force mate within 2 moves", error.Message);
    }

    [Fact]
    public void Solve_LineWithIllegalDefence_ThrowsNamingTheMove()
    {
        var error = Assert.Throws<MateLineException>(() =>
            MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { Line = ["Nd4 Ke7"] }));

        Assert.Equal("line: 'Ke7' is not a legal move for Black after 1.Bh8 Nd4 2.Qxd4", error.Message);
    }

    [Fact]
    public void Solve_LineLongerThanTheMate_Throws()
    {
        var error = Assert.Throws<MateLineException>(() =>
            MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { Line = ["a6 Kh8"] }));

        Assert.Contains("'Kh8' comes after the mate Qg7#", error.Message);
    }

    [Theory]
    [MemberData(nameof(MateSolverTestData.DevMateIn1To3), MemberType = typeof(MateSolverTestData))]
    public void Solve_DevMateIn1To3_ExactAllKeysAndVerified(string fen, int expected)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = expected });

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(expected, result.MateIn);
        AssertVerified(fen, result, checkAllKeys: true);
    }

    [Theory]
    [MemberData(nameof(MateSolverTestData.DevMateIn4), MemberType = typeof(MateSolverTestData))]
    public void Solve_DevMateIn4_ExactAndVerified(string fen, int expected)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = expected });

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(expected, result.MateIn);
        AssertVerified(fen, result, checkAllKeys: false);
    }

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(MateSolverTestData.DevMateIn5), MemberType = typeof(MateSolverTestData))]
    public void Solve_DevMateIn5_ExactAndVerified(string fen, int expected)
    {
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = expected, MaxTreeMoves = 1_000_000 });

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(expected, result.MateIn);
        AssertVerified(fen, result, checkAllKeys: false);
    }

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(MateSolverTestData.Moremovers), MemberType = typeof(MateSolverTestData))]
    public void Solve_MoremoverSample_ExactAndVerified(string fen, int expected)
    {
        // Deep enough that defender nodes choose their refutation by budget many levels down.
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = expected, MaxTreeMoves = 1_000_000 });

        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(expected, result.MateIn);
        AssertVerified(fen, result, checkAllKeys: false);
    }

    [Theory]
    [Trait("Category", "Slow")]
    [MemberData(nameof(MateSolverTestData.Moremovers), MemberType = typeof(MateSolverTestData))]
    public void Solve_MoremoverWithHelpingThreads_SameAnswerAsOneThread(string fen, int expected)
    {
        // Three workers on two cores: whenever no first move is left to start, the idle ones help prove a running one.
        var options = new MateSolverOptions { MaxMoves = expected, MaxTreeMoves = 1_000_000 };
        var one = MateSolver.Solve(Position.Parse(fen), options);
        var three = MateSolver.Solve(Position.Parse(fen), options with { Threads = 3 });

        Assert.Equal(expected, three.MateIn);
        Assert.Equal(WithoutEffort(one.ToJson()), WithoutEffort(three.ToJson()));
        Assert.Equal(one.FormatTree().Split('\n')[..^2], three.FormatTree().Split('\n')[..^2]);
        Assert.Contains(three.Trace.Lines.SelectMany(l => l.Spans), s => s.Label?.EndsWith("(helping)", StringComparison.Ordinal) == true);
        AssertVerified(fen, three, checkAllKeys: false);
    }

    [Fact]
    public void Solve_BlackToMove_TableStartsInTheBlackColumn()
    {
        const string fen = "8/2N3p1/5b2/k1B2P2/pP4R1/8/K1nn4/8 b - b3 0 1";
        var result = MateSolver.Solve(Position.Parse(fen));

        Assert.Equal(1, result.MateIn);
        Assert.Equal(["axb3#"], Sans(fen, result.Keys));
        Assert.Equal("| 1    | ...   | axb3# |", result.FormatTable().Split('\n')[2]);
        AssertVerified(fen, result, checkAllKeys: true);
    }

    [Fact]
    public void Solve_AlreadyCheckmated_ReportsCheckmate()
    {
        var result = MateSolver.Solve(Position.Parse("7k/6Q1/6K1/8/8/8/8/8 b - - 0 1"));

        Assert.Equal(MateStatus.None, result.Status);
        Assert.Equal(TerminalKind.Checkmate, result.Terminal);
        Assert.Null(result.MateIn);
        Assert.StartsWith("no mate: the side to move is already checkmated", result.Summary());
    }

    [Fact]
    public void Solve_Stalemated_ReportsStalemate()
    {
        var result = MateSolver.Solve(Position.Parse("7k/5Q2/6K1/8/8/8/8/8 b - - 0 1"));

        Assert.Equal(MateStatus.None, result.Status);
        Assert.Equal(TerminalKind.Stalemate, result.Terminal);
        Assert.Contains("\"terminal\":\"stalemate\"", result.ToJson());
    }

    [Fact]
    public void Solve_StalemateTrap_IsNotCountedAsMate()
    {
        // 1.Qf7 would stalemate; only a real mate may count.
        const string fen = "7k/8/6K1/8/8/8/8/5Q2 w - - 0 1";
        var result = MateSolver.Solve(Position.Parse(fen));

        var verifier = new MateTreeVerifier();
        Assert.Equal(MateStatus.Mate, result.Status);
        Assert.Equal(verifier.MateWithin(fen, 1) ? 1 : 2, result.MateIn);
        AssertVerified(fen, result, checkAllKeys: true);
    }

    [Fact]
    public void Solve_NoMateWithinTheLimit_IsProvenNone()
    {
        const string fen = "4k3/8/8/8/8/8/8/R3K3 w - - 0 1";
        var result = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { MaxMoves = 3 });

        Assert.Equal(MateStatus.None, result.Status);
        Assert.Equal(3, result.ProvenNoMateWithin);
        Assert.False(new MateTreeVerifier().MateWithin(fen, 3));
        Assert.StartsWith("no mate in ≤ 3 (proven;", result.Summary());
        using var json = JsonDocument.Parse(result.ToJson());
        Assert.Equal("none", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("mate").ValueKind);
    }

    [Fact]
    public void Solve_TimeLimitRunsOut_ReportsUnknownWithHowFarItGot()
    {
        // A king-and-rook ending needs far more than 12 moves to be searched in a few milliseconds.
        var limit = TimeSpan.FromMilliseconds(150);
        var result = MateSolver.Solve(Position.Parse("8/8/8/4k3/8/8/8/R3K3 w - - 0 1"),
            new MateSolverOptions { MaxMoves = 12, TimeLimit = limit });

        Assert.Equal(MateStatus.Unknown, result.Status);
        Assert.True(result.SearchedDepth > result.ProvenNoMateWithin);
        Assert.StartsWith("unknown: ", result.Summary());
        using var json = JsonDocument.Parse(result.ToJson());
        Assert.Equal("unknown", json.RootElement.GetProperty("status").GetString());
        Assert.Equal(result.SearchedDepth, json.RootElement.GetProperty("searchedDepth").GetInt32());
    }

    [Fact]
    public void Solve_Cancelled_StopsWithWhatIsProven()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();
        var result = MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions(), cancellation.Token);

        Assert.Equal(MateStatus.Unknown, result.Status);
        Assert.Equal(0, result.ProvenNoMateWithin);
        Assert.Equal(1, result.SearchedDepth);
    }

    [Theory]
    [InlineData(BookFen)]
    [InlineData("6r1/p6b/K2p2pq/1Pk5/1N1pR1Pb/Bn1PpRp1/N3n3/8 w - - 0 1")]
    [InlineData("7B/5R2/3p3N/3P4/1K2k2r/4N3/4Q3/8 w - - 0 1")]
    [InlineData("1B2n3/8/2R5/5p2/3kp1n1/4p3/B3K3/8 w - - 0 1")]
    public void Solve_WithTwoThreads_GivesTheSameAnswerAsOne(string fen)
    {
        var one = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Threads = 1 });
        var two = MateSolver.Solve(Position.Parse(fen), new MateSolverOptions { Threads = 2 });

        Assert.Equal(WithoutEffort(one.ToJson()), WithoutEffort(two.ToJson()));
        Assert.Equal(one.FormatTree().Split('\n')[..^2], two.FormatTree().Split('\n')[..^2]);
        Assert.Equal(["solver", "worker 1", "worker 2"], two.Trace.Lines.Select(l => l.Name));
    }

    [Fact]
    public void Solve_RecordsOneLineOfControlWithASpanPerDepth()
    {
        var result = MateSolver.Solve(Position.Parse(BookFen));

        var line = Assert.Single(result.Trace.Lines);
        Assert.Equal("solver", line.Name);
        Assert.Equal("mate solver", result.Trace.Name);
        Assert.Equal("the book puzzle", MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { TraceName = "the book puzzle" }).Trace.Name);
        Assert.Equal(["mate in ≤ 1?", "mate in ≤ 2?", "mate in ≤ 3?", "main line and solution tree"], line.Spans.Select(s => s.Label));
        Assert.All(line.Spans, s => Assert.Equal(SpanState.Running, s.State));
    }

    [Fact]
    public void Solve_CookedProblem_ReportsEveryKey()
    {
        const string fen = "7B/5R2/3p3N/3P4/1K2k2r/4N3/4Q3/8 w - - 0 1";
        var result = MateSolver.Solve(Position.Parse(fen));

        Assert.Equal(2, result.MateIn);
        Assert.True(result.Cooked);
        Assert.Equal(["Kc3", "Kc4", "Neg4+", "Rg7"], Sans(fen, result.Keys).Order(StringComparer.Ordinal));
        Assert.Contains("keys ", result.Summary());
        Assert.Contains("(cooked)", result.Summary());
        AssertVerified(fen, result, checkAllKeys: true);
    }

    [Fact]
    public void Solve_ComposedTwoMover_ListsTriesWithTheirOnlyRefutation()
    {
        const string fen = "8/5R2/2K1P3/4k3/8/b1PPpp1B/5p2/8 w - - 0 1";
        var result = MateSolver.Solve(Position.Parse(fen));

        Assert.Equal(["Kd7"], Sans(fen, result.Keys));
        Assert.Equal([new SanTry("d4+", "Ke4"), new SanTry("Rf5+", "Kxe6")], SanSolution.Of(result).Tries);
        var verifier = new MateTreeVerifier();
        Span<Move> defences = stackalloc Move[Position.MaxMoves];
        foreach (var attempt in result.Tries!)
        {
            var position = Position.Parse(fen);
            position.MakeMove(attempt.Move);
            int count = position.GenerateLegalMoves(defences);
            var refutations = new List<Move>();
            foreach (var defence in defences[..count])
            {
                position.MakeMove(defence);
                if (!verifier.MateWithin(position.ToFen(), 1))
                {
                    refutations.Add(defence);
                }
                position.UnmakeMove();
            }
            Assert.Equal([attempt.Refutation], refutations);
        }
        Assert.Contains("1.d4+? 1...Ke4!", result.FormatTree());
        Assert.Contains("(1. d4+? 1... Ke4!)", result.ToPgn().Replace('\n', ' '));
    }

    [Fact]
    public void ToJson_BookPuzzle_HasTheDocumentedFields()
    {
        var result = MateSolver.Solve(Position.Parse(BookFen));
        using var json = JsonDocument.Parse(result.ToJson());
        var root = json.RootElement;

        foreach (var field in new[] { "fen", "status", "mate", "keys", "line", "tree", "threat", "cooks", "duals", "nodes", "ms" })
        {
            Assert.True(root.TryGetProperty(field, out _), field);
        }
        Assert.Equal("mate", root.GetProperty("status").GetString());
        Assert.Equal(3, root.GetProperty("mate").GetInt32());
        Assert.Equal("Bh8", root.GetProperty("tree").GetProperty("move").GetString());
        Assert.Equal("Qg7#", root.GetProperty("threat")[0].GetString());
        Assert.False(root.GetProperty("cooks").GetBoolean());
    }

    [Fact]
    public void FormatTree_BookPuzzle_MatchesPopeyesTreeInSan()
    {
        var lines = MateSolver.Solve(Position.Parse(BookFen)).FormatTree().Split('\n');

        Assert.Equal("1.Bh8! threat: 2.Qg7#", lines[0]);
        Assert.Equal("    1...Nd4 2.Qxd4 threat: 3.Qg7#", lines[1]);
        Assert.StartsWith("        2...a5, a6, Rb8, ", lines[2]);
        Assert.Contains(" Be6, ", lines[2]);
        Assert.EndsWith(", h6 3.Qg7#", lines[2]);
        Assert.Equal(24, lines[2].Split(',').Length);
        Assert.Equal("    1...Ne5 2.Qxe5 threat: 3.Qg7#", lines[3]);
        Assert.StartsWith("    1...a5, a6, ", lines[5]);
        Assert.EndsWith(", h6 2.Qg7#", lines[5]);
        Assert.Equal(27, lines[5].Split(',').Length);
        Assert.StartsWith("mate in 3 (proven; key Bh8;", lines[6]);
    }

    [Fact]
    public void ToPgn_BookPuzzle_IsAGameWithVariations()
    {
        var pgn = MateSolver.Solve(Position.Parse(BookFen)).ToPgn();
        var movetext = pgn[(pgn.IndexOf("\n\n", StringComparison.Ordinal) + 2)..].Replace('\n', ' ');

        Assert.Contains($"[FEN \"{BookFen}\"]", pgn);
        Assert.Contains("[SetUp \"1\"]", pgn);
        Assert.Contains("1. Bh8", movetext);
        Assert.Contains("(1... Ne5 2. Qxe5", movetext);
        Assert.All(pgn.Split('\n'), line => Assert.True(line.Length <= 80, line));
        Assert.EndsWith("1-0\n", pgn);
        Assert.Equal(pgn.Count(c => c == '('), pgn.Count(c => c == ')'));
    }

    [Fact]
    public void Solve_MoveLimitOutOfRange_Throws()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { MaxMoves = 0 }));
        Assert.Throws<ArgumentOutOfRangeException>(() => MateSolver.Solve(Position.Parse(BookFen), new MateSolverOptions { MaxMoves = 1000 }));
    }

    internal static void AssertVerified(string fen, MateResult result, bool checkAllKeys)
    {
        Assert.Equal(MateStatus.Mate, result.Status);
        int n = result.MateIn!.Value;
        Assert.False(result.TreeTruncated);
        Assert.Empty(MateTreeVerifier.CheckTree(fen, result.Tree!, n));
        Assert.Empty(MateTreeVerifier.CheckLineEndsInMate(fen, result.MainLine));
        Assert.Equal(2 * n - 1, result.MainLine.Count);
        if (n > MateTreeVerifier.ExhaustiveLimit)
        {
            // The tree and the line above are checked on the reference board; an exhaustive reference search this deep is too slow.
            return;
        }
        var verifier = new MateTreeVerifier();
        Assert.False(n > 1 && verifier.MateWithin(fen, n - 1), $"a mate shorter than {n} exists");
        foreach (var key in result.Keys)
        {
            Assert.True(verifier.MoveMatesWithin(fen, key, n), $"key {key.ToUci()} does not mate in {n}");
        }
        if (checkAllKeys)
        {
            // Every first move of the reference generator: the keys and only they mate in n.
            Assert.Equal(result.Keys.Select(k => k.ToUci()).Order(StringComparer.Ordinal), verifier.MatingMoves(fen, n).Order(StringComparer.Ordinal));
        }
    }

    private static string[] Sans(string fen, IReadOnlyList<Move> alternatives) => SanLine.Alternatives(Position.Parse(fen), alternatives);

    private static string WithoutEffort(string json)
    {
        using var document = JsonDocument.Parse(json);
        var fields = document.RootElement.EnumerateObject()
            .Where(p => p.Name is not ("nodes" or "ms" or "threads" or "hashUsedPermille"))
            .Select(p => $"{p.Name}={p.Value.GetRawText()}");
        return string.Join('\n', fields);
    }
}
