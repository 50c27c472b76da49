using CsCheck;
using Tempo.Chess.Batch;
using Tempo.Chess.Pgn;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>
/// Broken PGN files (mutated games of eco-sample.pgn and the solver's own PGN, and random text), as <c>chess batch</c>
/// reads them: the reader never throws; every game has a final position or a one-line error naming its line, and an
/// accepted game's moves replay to its final position.
/// </summary>
public sealed class PgnHostileTests
{
    private const string PgnAlphabet = "[]{}();%$!?*\"\\ .-=+#/0123456789abcdefghKQRBNPOxkqrbnp\n\r\tFENSetUp1-0½";

    private static Gen<string> PgnFiles => HostileInput.Mutations(SeedGames(), PgnAlphabet);

    [Fact]
    public void Read_answers_every_mutated_pgn_with_games_each_with_a_position_or_an_error()
    {
        HostileInput.AssertOnlyTypedErrors(PgnFiles, text =>
        {
            if (CheckGames(text.Split('\n')) > 0)
            {
                throw new GameError();
            }
        }, e => e is GameError);
    }

    [Theory]
    [InlineData("[FEN \"8/8/8/8/8/8/8/8 w - - 0 1\"]\n\n*")]
    [InlineData("[FEN \"not a fen\"]\n1. e4 *")]
    [InlineData("1. e4 {never closed")]
    [InlineData("1. e4 (1. d4 (1. c4 *")]
    [InlineData("1. e4 ) e5 *")]
    [InlineData("1. e4 e5 2. Ke3 *")]
    [InlineData("1. -- e5 *")]
    [InlineData("[Event \"cut")]
    [InlineData("{\nA PGN file that is only an unclosed comment\n")]
    [InlineData("1. e4 e5 2. Nf3 Nc6 3. Bb5 a6 4. Ba4 Nf6 5. O-O-O *")]
    public void Broken_games_are_games_with_an_error_naming_the_line(string pgn)
    {
        var games = PgnGameReader.Read(pgn.Split('\n')).ToList();

        var game = Assert.Single(games);
        Assert.Null(game.FinalPosition);
        Assert.Matches(@"^line [1-9][0-9]*: ", game.Error);
        Assert.Equal(1, CheckGames(pgn.Split('\n')));
    }

    /// <summary>Checks every game read from <paramref name="lines"/> (by <c>Read</c> and by <c>ReadBatch</c>); returns how many have an error.</summary>
    private static int CheckGames(string[] lines)
    {
        var games = PgnGameReader.Read(lines).ToList();
        var errors = 0;
        var previousLine = 0;
        for (var i = 0; i < games.Count; i++)
        {
            var game = games[i];
            if (game.Number != i + 1 || game.LineNumber < Math.Max(1, previousLine) || game.LineNumber > lines.Length)
            {
                throw new InvalidOperationException($"game {game.Number} at line {game.LineNumber} (after line {previousLine}, {lines.Length} lines)");
            }
            previousLine = game.LineNumber;
            if ((game.FinalPosition is null) == (game.Error is null))
            {
                throw new InvalidOperationException($"game {game.Number}: position {game.FinalPosition?.ToFen()} with error {game.Error}");
            }
            if (game.Error is { } error)
            {
                errors++;
                var at = System.Text.RegularExpressions.Regex.Match(error, "^line ([0-9]+): ");
                if (!at.Success || int.Parse(at.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture) is var n && (n < game.LineNumber || n > lines.Length)
                    || (error.Contains('\n') && !lines.Any(l => l.Contains('\n'))))
                {
                    throw new InvalidOperationException($"game {game.Number}: the error is not one line naming a line of the game: {error}");
                }
                continue;
            }
            var replay = game.Tag("FEN") is { } fen ? Position.Parse(fen) : Position.StartPosition();
            foreach (var san in game.Moves)
            {
                replay.MakeMove(replay.ParseSan(san));
            }
            if (replay.ToFen() != game.FinalPosition!.ToFen())
            {
                throw new InvalidOperationException($"game {game.Number}: its moves replay to {replay.ToFen()}, not to {game.FinalPosition.ToFen()}");
            }
        }
        var entries = BatchReader.ReadPgn(lines).ToList();
        if (entries.Count != games.Count || entries.Any(e => (e.Position is null) == (e.Error is null)))
        {
            throw new InvalidOperationException($"ReadPgn gave {entries.Count} entries for {games.Count} games, or an entry with neither a position nor an error");
        }
        return errors;
    }

    /// <summary>Each game of eco-sample.pgn and the solver's PGN of the book puzzle, as whole texts.</summary>
    private static string[] SeedGames()
    {
        var eco = File.ReadAllText(TestData.PathOf("eco-sample.pgn")).ReplaceLineEndings("\n");
        var games = eco.Split("\n\n[", StringSplitOptions.RemoveEmptyEntries).Select(g => g.StartsWith('[') || g.StartsWith('{') ? g : "[" + g);
        return [.. games, File.ReadAllText(TestData.PathOf("book-solution.pgn")).ReplaceLineEndings("\n")];
    }

    private sealed class GameError : Exception;
}
