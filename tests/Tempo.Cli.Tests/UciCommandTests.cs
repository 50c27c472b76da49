using Tempo.Cli.Commands;

namespace Tempo.Cli.Tests;

public sealed class UciCommandTests
{
    [Fact]
    public void ChessUci_ReadsAScript_FinishesTheSearchAtTheEndOfInput_AndExitsZero()
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var input = new StringReader("uci\nisready\nposition fen r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1\ngo mate 3\n");
        var command = UciCommand.Build(new CliContext(output, error), input);
        int exit = command.Parse([]).Invoke();
        Assert.Equal(0, exit);
        Assert.Equal("", error.ToString());
        var lines = output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal("id name Tempo mate prover (no evaluation)", lines[0]);
        Assert.Contains("uciok", lines);
        Assert.Contains(lines, l => l.StartsWith("info depth 5 seldepth 5 score mate 3 ", StringComparison.Ordinal));
        Assert.Equal("bestmove f6h8 ponder c6d4", lines[^1]);
    }

    [Fact]
    public void ChessHelp_ListsUci()
    {
        var output = new StringWriter();
        Assert.Equal(0, Program.Run(["chess", "--help"], output, new StringWriter()));
        Assert.Contains("uci", output.ToString());
        output = new StringWriter();
        Assert.Equal(0, Program.Run(["chess", "uci", "--help"], output, new StringWriter()));
        Assert.Contains("go mate N", output.ToString());
    }
}
