using System.Text.RegularExpressions;
using Tempo.Chess;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>
/// `tempo chess solve --format pgn` checked by a PGN reader nobody here wrote: Debian's pgn-extract must parse the
/// solution without a diagnostic and replay every variation (its long-algebraic rewrite with a FEN after each move).
/// </summary>
public sealed partial class PgnExtractTests
{
    [Theory]
    [Trait("Category", "Slow")]
    [InlineData("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - 0 1")]
    [InlineData("8/2N3p1/5b2/k1B2P2/pP4R1/8/K1nn4/8 b - b3 0 1")]
    [InlineData("2brrb2/8/p7/7Q/1p1kpPp1/1P1pN1K1/3P4/8 w - - 0 1")]
    [InlineData("2q5/4B2p/7n/4p1pk/P2n1b2/R3P2P/2r3P1/1Q3R1K b - - 0 1")]
    public void SolvePgn_ParsesAndReplaysInPgnExtract(string fen)
    {
        var pgnExtract = UciToolRunner.Require("pgn-extract", "apt-get install -y pgn-extract", "/usr/games");
        using var dir = new TempDirectory();
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = Program.Run(["chess", "solve", fen, "--max", "4", "--format", "pgn"], output, error);
        Assert.True(exit == 0, $"tempo chess solve failed ({exit}): {error}");
        var pgn = output.ToString();
        var file = Path.Combine(dir.Path, "solution.pgn");
        File.WriteAllText(file, pgn);

        // -r: report errors only. pgn-extract exits 0 even when a move fails, so its diagnostics are the verdict.
        var check = UciToolRunner.Run(pgnExtract, ["-r", "-s", file], dir.Path, TimeSpan.FromMinutes(1));
        Assert.Equal(0, check.ExitCode);
        Assert.Equal([], Diagnostics(check.Error));

        var replayed = Path.Combine(dir.Path, "replayed.pgn");
        var replay = UciToolRunner.Run(pgnExtract, ["-s", "-Wlalg", "--fencomments", "-o", replayed, file], dir.Path, TimeSpan.FromMinutes(1));
        Assert.Equal(0, replay.ExitCode);
        Assert.Equal([], Diagnostics(replay.Error));
        var text = File.ReadAllText(replayed);
        Assert.Contains($"[FEN \"{Position.Parse(fen).ToFen()}\"]", text);
        Assert.Contains("[SetUp \"1\"]", text);

        // Every variation was replayed: as many mates and variations come back as went in, and each mate's FEN
        // (computed by pgn-extract) is checkmate.
        int matesIn = MovesOnly(pgn).Count(c => c == '#');
        Assert.True(matesIn > 0, "the solution has no mating move");
        Assert.Equal(MovesOnly(pgn).Count(c => c == '('), MovesOnly(text).Count(c => c == '('));
        var mates = MateWithFen().Matches(text);
        Assert.Equal(matesIn, mates.Count);
        foreach (Match mate in mates)
        {
            var fenAfter = Regex.Replace(mate.Groups[1].Value, @"\s+", " ").Trim();
            Assert.True(Position.Parse(fenAfter).IsCheckmate(), $"pgn-extract's position after {mate.Value} is not mate");
        }
    }

    [Fact]
    [Trait("Category", "Slow")]
    public void PgnExtract_ReportsABrokenVariation_SoTheCheckAboveIsMeaningful()
    {
        var pgnExtract = UciToolRunner.Require("pgn-extract", "apt-get install -y pgn-extract", "/usr/games");
        using var dir = new TempDirectory();
        var file = Path.Combine(dir.Path, "broken.pgn");
        File.WriteAllText(file, "[Event \"?\"]\n[SetUp \"1\"]\n[FEN \"7k/8/6K1/8/8/8/8/6Q1 w - - 0 1\"]\n\n1. Qg7# (1. Qb8#) (1. Qa9#) 1-0\n");
        var check = UciToolRunner.Run(pgnExtract, ["-r", "-s", file], dir.Path, TimeSpan.FromMinutes(1));
        Assert.NotEmpty(Diagnostics(check.Error));
    }

    /// <summary>pgn-extract's stderr without its progress lines ("Processing FILE", "N game(s) matched out of N.").</summary>
    private static string[] Diagnostics(string stderr) =>
        stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Where(line => !line.StartsWith("Processing ", StringComparison.Ordinal) && !GamesMatched().IsMatch(line))
            .ToArray();

    private static string MovesOnly(string pgn) => Regex.Replace(pgn, @"\{[^}]*\}", " ");

    [GeneratedRegex(@"^\d+ games? matched out of \d+\.$")]
    private static partial Regex GamesMatched();

    [GeneratedRegex(@"[a-h][1-8]-?x?[a-h][1-8]=?[qrbnQRBN]?#\s*\{([^}]*)\}")]
    private static partial Regex MateWithFen();
}
