using Tempo.Chess.Batch;
using Tempo.Chess.Solving;

namespace Tempo.Chess.Tests;

/// <summary>`chess batch` with helpmates and selfmates: a stipulation per line (stipulation file, EPD <c>stip</c>, Popeye twins) or <c>--stip h#N</c>, each compared with the file's answer.</summary>
public sealed class StipulationBatchTests
{
    private const string Kardos = "8/7P/5b2/8/5k2/5B2/7K/8 b - - 0 1";
    private const string Elkies = "7k/8/8/5Q2/8/2p5/p1p1p3/2KbN3 w - - 0 1";
    private const string Ebert = "8/2Pp4/8/N1P5/4p3/P1k5/8/R3K3 w Q - 0 1"; // Hilmar Ebert 1991, #3 with castling as its key

    private static BatchOutcome SolveLine(string line) =>
        BatchSolver.Solve(Assert.Single(BatchReader.Read([line], "set.tsv")), new BatchOptions());

    [Theory]
    [InlineData($"h#2\t{Kardos}\tcount=2\tKardos", BatchVerdict.Passed)]
    [InlineData($"h#2\t{Kardos}\tcount=3\tKardos", BatchVerdict.Failed)]
    [InlineData($"h#2\t{Kardos}\tlines=f6d4 h7h8q d4e3 h8f6 | f4g5 h7h8b g5h4 h8f6", BatchVerdict.Passed)]
    [InlineData($"h#2\t{Kardos}\tlines=f4g5 h7h8b g5h4 h8f6", BatchVerdict.Failed)]
    [InlineData($"s#2\t{Elkies}\tkeys=f5f7", BatchVerdict.Passed)]
    [InlineData($"s#2\t{Elkies}\tkeys=f5g6", BatchVerdict.Failed)]
    [InlineData($"s#2\t{Elkies}", BatchVerdict.Passed)]
    [InlineData($"s#1\t{Elkies}", BatchVerdict.Failed)]
    [InlineData($"#3\t{Ebert}\tkeys=e1c1", BatchVerdict.Passed)]
    [InlineData($"#3\t{Ebert}\tkeys=e1d1", BatchVerdict.Failed)]
    [InlineData($"#3\t{Ebert}\tkeys=e1c1 a5b7", BatchVerdict.Failed)]
    [InlineData($"#3\t{Ebert}", BatchVerdict.Passed)]
    public void StipulationLine_IsSolvedAsStipulated_AndComparedWithItsAnswer(string line, BatchVerdict verdict)
    {
        var outcome = SolveLine(line);
        Assert.Equal(verdict, outcome.Verdict);
        Assert.Contains($"\"stipulation\":\"{line.Split('\t')[0]}\"", outcome.ToJson(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("h#2\tnot a fen\tcount=1", "line 1: ")]
    [InlineData($"x#2\t{Kardos}\tcount=1", "line 1: stipulation 'x#2' is not #N, h#N, h#N.5 or s#N")]
    [InlineData($"h#2\t{Kardos}\tmany", "line 1: answer 'many' is not count=N, lines=… or keys=…")]
    public void BadStipulationLine_IsUnreadable_WithItsReason(string line, string reason)
    {
        var outcome = SolveLine(line);
        Assert.Equal(BatchVerdict.Unreadable, outcome.Verdict);
        Assert.StartsWith(reason, outcome.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Epd_StipOperation_And_BatchWideHelpmate()
    {
        var entries = BatchReader.Read([$"{Kardos[..^4]} stip \"h#1\";", $"{Kardos[..^4]} id \"k\";"], "h.epd").ToList();
        Assert.Equal("h#1", entries[0].Stipulation.ToString());
        Assert.Null(entries[1].Stipulation);
        var options = new BatchOptions { Stipulation = Stipulation.Parse("h#2") };
        var own = BatchSolver.Solve(entries[0], options);
        var batchWide = BatchSolver.Solve(entries[1], options);
        Assert.Equal((0, "h#1"), (own.Helpmate!.Solutions.Count, own.Helpmate.Stipulation.ToString()));
        Assert.Equal((2, "h#2"), (batchWide.Helpmate!.Solutions.Count, batchWide.Helpmate.Stipulation.ToString()));
    }

    [Fact]
    public void StipulationsFile_ReadsEveryProblem_WithItsStipulationAndAnswer()
    {
        var entries = BatchReader.Read(File.ReadAllLines(TestData.PathOf("stipulations.tsv")), "stipulations.tsv").ToList();
        Assert.Equal(StipulationSetTests.Problems().Count, entries.Count);
        Assert.All(entries, e => Assert.True(e.Error is null && e.Stipulation is not null && e.ExpectedAnswer is not null, e.Error));
    }
}
