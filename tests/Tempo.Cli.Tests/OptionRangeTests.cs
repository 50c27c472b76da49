namespace Tempo.Cli.Tests;

/// <summary>
/// Whole-number options are range-checked at parse time: the refusal names the option and value in one line (exit 2)
/// and comes before the command touches anything else, even a play file that does not exist.
/// </summary>
public sealed class OptionRangeTests
{
    [Theory]
    [InlineData("--runs 0: give 1 to 10,000,000 runs", "soccer", "sweep", "no-such-play.yaml", "--runs", "0")]
    [InlineData("--runs 20000000: give 1 to 10,000,000 runs", "soccer", "sweep", "no-such-play.yaml", "--runs", "20000000")]
    [InlineData("--threads 0: give at least one thread", "soccer", "sweep", "no-such-play.yaml", "--runs", "5", "--threads", "0")]
    [InlineData("--seed 0: the seed must be a positive integer", "soccer", "sweep", "no-such-play.yaml", "--runs", "5", "--seed", "0")]
    [InlineData("--seed -3: the seed must be a positive integer", "soccer", "run", "no-such-play.yaml", "--seed", "-3")]
    [InlineData("--time: '-1' is not a positive number", "soccer", "sweep", "no-such-play.yaml", "--runs", "5", "--time", "-1")]
    [InlineData("--port 70000: not a TCP port from 0 to 65535", "serve", "--port", "70000")]
    [InlineData("--messages 1: the ping-pong needs at least 2 messages", "bench", "async", "--messages", "1")]
    [InlineData("--lines 0: must be a positive number", "bench", "async", "--lines", "0")]
    [InlineData("--warmups -1: must not be negative", "bench", "async", "--warmups", "-1")]
    public void An_out_of_range_value_is_refused_before_anything_else(string refusal, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();

        var exit = Program.Run(args, output, error);

        Assert.Equal(2, exit);
        Assert.Equal("", output.ToString());
        var lines = error.ToString().TrimEnd().Split('\n');
        Assert.Single(lines);
        Assert.StartsWith("tempo: " + refusal, lines[0], StringComparison.Ordinal);
        Assert.DoesNotContain("no-such-play", lines[0], StringComparison.Ordinal);
    }
}
