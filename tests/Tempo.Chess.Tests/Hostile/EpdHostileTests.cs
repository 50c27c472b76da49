namespace Tempo.Chess.Tests.Hostile;

/// <summary>Broken EPD lines: a record or a <see cref="FenException"/>, nothing else.</summary>
public sealed class EpdHostileTests
{
    [Fact]
    public void Parse_answers_every_mutated_epd_line_with_a_record_or_a_FenException()
    {
        HostileInput.AssertOnlyTypedErrors(HostileInput.Mutations(HostileInput.SeedEpdLines()), text =>
        {
            var record = EpdRecord.Parse(text);
            // An accepted record's FEN part reads back to its position.
            Assert.Equal(record.Position.ToFen(), Position.Parse(record.Fen).ToFen());
            foreach (var (opcode, _) in record.Operations)
            {
                Assert.False(string.IsNullOrEmpty(opcode), $"empty opcode from '{text}'");
            }
        }, e => e is FenException);
    }

    [Theory]
    [InlineData("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w - - id \"unterminated")]
    [InlineData("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w -; - bm Bh8;")]
    [InlineData("r1q2rk1/p1pp1p1p/1pn2Bp1/5b2/8/1BQ5/PPP2PPP/R4RK1 w")]
    [InlineData(";;;;")]
    [InlineData("")]
    public void Broken_epd_lines_get_a_FenException_naming_the_line(string line)
    {
        var e = Assert.Throws<FenException>(() => EpdRecord.Parse(line));
        Assert.StartsWith("invalid EPD '", e.Message, StringComparison.Ordinal);
    }
}
