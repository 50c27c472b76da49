using System.Text.Json;
using Tempo.Chess;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>
/// `tempo chess uci` driven by a UCI client nobody here wrote: the npm package node-uci (tests/uci-client/solve.mjs)
/// starts the real tempo process, handshakes, sets the position and runs `go mate N`.
/// </summary>
public sealed class UciClientTests
{
    private const string BookFen = "r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1";

    [Theory]
    [Trait("Category", "Slow")]
    [InlineData(BookFen, 3, "f6h8")]
    [InlineData("8/2N3p1/5b2/k1B2P2/pP4R1/8/K1nn4/8 b - b3 0 1", 1, "a4b3")]
    [InlineData("2brrb2/8/p7/7Q/1p1kpPp1/1P1pN1K1/3P4/8 w - - 0 1", 2, null)]
    public void NodeUci_GoMate_ReceivesTheProvenScoreAndKey(string fen, int mateIn, string? key)
    {
        var result = Solve(fen, mateIn);
        Assert.Equal("Tempo mate prover (no evaluation)", result.GetProperty("id").GetProperty("name").GetString());
        Assert.Equal(["Hash", "Threads", "MultiPV"], result.GetProperty("options").EnumerateArray().Select(o => o.GetString()));
        Assert.Equal("mate", result.GetProperty("scoreUnit").GetString());
        Assert.Equal(mateIn, result.GetProperty("scoreValue").GetInt32());
        Assert.Equal(2 * mateIn - 1, result.GetProperty("depth").GetInt32());
        var bestMove = result.GetProperty("bestmove").GetString()!;
        if (key is not null)
        {
            Assert.Equal(key, bestMove);
        }
        var pv = result.GetProperty("pv").GetString()!.Split(' ');
        Assert.Equal(bestMove, pv[0]);
        Assert.Equal(2 * mateIn - 1, pv.Length);
        var position = Position.Parse(fen);
        foreach (var move in pv)
        {
            position.MakeMove(position.ParseUci(move));
        }
        Assert.True(position.IsCheckmate(), $"the pv {string.Join(' ', pv)} the client received does not end in mate");
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void NodeUci_GoMateTooShort_ReceivesNoMateAndALegalMove()
    {
        var result = Solve(BookFen, 2);
        Assert.Equal(JsonValueKind.Null, result.GetProperty("scoreUnit").ValueKind);
        Assert.Contains("no mate in 2", result.GetProperty("strings").EnumerateArray().Select(s => s.GetString()));
        var position = Position.Parse(BookFen);
        position.ParseUci(result.GetProperty("bestmove").GetString()!);
    }

    private static JsonElement Solve(string fen, int mateIn)
    {
        var node = UciToolRunner.Require("node", "apt-get install -y nodejs npm");
        var root = RepositoryRoot.Find();
        var client = Path.Combine(root, "tests", "uci-client");
        Assert.True(
            Directory.Exists(Path.Combine(client, "node_modules", "node-uci")),
            $"node-uci is not installed in {client}; run: npm ci --prefix tests/uci-client --no-audit --no-fund");
        var dotnet = UciToolRunner.Require("dotnet", "the .NET SDK", "/usr/share/dotnet", "/usr/lib/dotnet");
        var result = UciToolRunner.Run(
            node,
            [Path.Combine(client, "solve.mjs"), fen, mateIn.ToString(System.Globalization.CultureInfo.InvariantCulture), dotnet, TempoProcess.TempoDll, "chess", "uci"],
            client,
            TimeSpan.FromMinutes(2));
        Assert.True(result.ExitCode == 0, $"node solve.mjs failed ({result.ExitCode}):\n{result.Output}\n{result.Error}");
        return JsonDocument.Parse(result.Output).RootElement.Clone();
    }
}
