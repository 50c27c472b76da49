using CsCheck;

namespace Tempo.Chess.Tests.Hostile;

/// <summary>Broken FENs (mutated valid ones and random text): a position or a <see cref="FenException"/>, nothing else.</summary>
public sealed class FenHostileTests
{
    [Fact]
    public void Parse_answers_every_mutated_fen_with_a_position_or_a_FenException()
    {
        var seeds = HostileInput.SeedFens();
        HostileInput.AssertOnlyTypedErrors(HostileInput.Mutations(seeds), text =>
        {
            var position = Position.Parse(text);
            // Whatever is accepted must print as a FEN that reads back to the same position.
            var fen = position.ToFen();
            var again = Position.Parse(fen);
            if (again.ToFen() != fen || again.Hash != position.Hash)
            {
                throw new InvalidOperationException($"accepted '{text}' but its FEN '{fen}' does not read back the same");
            }
        }, e => e is FenException);
    }

    [Fact]
    public void TryParse_never_throws_and_agrees_with_Parse()
    {
        var seeds = HostileInput.SeedFens();
        HostileInput.AssertOnlyTypedErrors(HostileInput.Mutations(seeds), text =>
        {
            var ok = Position.TryParse(text, out var position, out var error);
            if (ok != (position is not null) || ok == (error is not null))
            {
                throw new InvalidOperationException($"TryParse('{text}') returned {ok} with position {position} and error {error}");
            }
            if (!ok)
            {
                // Parse must then fail the same way: with a FenException carrying the reason.
                var e = Assert.Throws<FenException>(() => Position.Parse(text));
                Assert.Contains(error!, e.Message, StringComparison.Ordinal);
                throw new Refused();
            }
        }, e => e is Refused); // Not FenException: a FenException out of TryParse itself must fail the property.
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("8/8/8/8/8/8/8/8 w - -")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - 99999999999 1")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - 0 0")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - -1 1")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - \uFF18 1")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - \u0661 1")]
    [InlineData("k8/8/8/8/8/8/8/K7 w - -")]
    [InlineData("k7/8/8/8/8/8/8/K71 w - -")]
    [InlineData("k7/8/8/8/8/8/8/K\u0668 w - -")]
    [InlineData("k7/8/8/8/8/8/8/K7 w KQkq -")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - e3")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - z9")]
    [InlineData("k7/8/8/8/8/8/8/K7 x - -")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - 0 1 extra")]
    [InlineData("k7/8/8/8/8/8/8/K7/8 w - -")]
    [InlineData("\0k7/8/8/8/8/8/8/K7 w - -")]
    [InlineData("K7/8/8/8/8/8/8/7k\uD800 w - -")]
    public void Hand_picked_broken_fens_get_a_FenException_naming_the_input(string fen)
    {
        var e = Assert.Throws<FenException>(() => Position.Parse(fen));
        Assert.StartsWith("invalid FEN '", e.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', e.Message);
    }

    [Theory]
    [InlineData("k7/8/8/8/8/8/8/K7\u00A0w - -")]
    [InlineData("  k7/8/8/8/8/8/8/K7\tw  -  -\r\n")]
    [InlineData("k7/8/8/8/8/8/8/K7 w - - 0 1\u2003")]
    public void Fens_pasted_from_web_pages_with_odd_spaces_still_parse(string fen)
    {
        Assert.Equal("k7/8/8/8/8/8/8/K7 w - - 0 1", Position.Parse(fen).ToFen());
    }

    [Fact]
    public void A_megabyte_of_text_is_refused_quickly()
    {
        var huge = string.Concat(Enumerable.Repeat("rnbqkbnr/", 120_000));
        var watch = System.Diagnostics.Stopwatch.StartNew();
        Assert.Throws<FenException>(() => Position.Parse(huge));
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
    }

    /// <summary>Marks an input TryParse refused (as it should: with false and a reason), so that it counts as a typed answer.</summary>
    private sealed class Refused : Exception;
}
