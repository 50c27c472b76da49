using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests.Soccer;

/// <summary>Broken plays and absurd options: exit 2, one clear line naming the input and the reason, no stack trace, no partial table.</summary>
public sealed class SoccerBadInputTests
{
    /// <summary>book.yaml with one edit; the text replaced must be in the file, so the test notices if the play changes.</summary>
    public static TheoryData<string, string, string, string, string> BrokenPlays => new()
    {
        // file, command, replace, with, reason the error must give
        { "unknown.yaml", "run", "        - pass: 2\n", "        - pass: 99\n", "no attacking player #99" },
        { "unknown-sweep.yaml", "sweep", "        - pass: 2\n", "        - pass: 99\n", "no attacking player #99" },
        { "offpitch.yaml", "run", "      at: [72, 38]\n", "      at: [150, 38]\n", "off the pitch" },
        { "syntax.yaml", "run", "  ball: 2\n", "    ball: 2\n", "not valid YAML" },
        { "unclosed.yaml", "run", "      at: [50, 10]\n", "      at: [50, 10\n", "the '[' opened here is never closed" },
    };

    [Theory]
    [MemberData(nameof(BrokenPlays))]
    public void A_broken_play_file_is_refused_with_exit_2_naming_the_file_and_the_reason(string file, string command, string replace, string with, string reason)
    {
        using var dir = new TempDirectory();
        var book = SoccerCli.ReadBook().Replace("\r\n", "\n", StringComparison.Ordinal);
        Assert.Contains(replace, book, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.Path, file), book.Replace(replace, with, StringComparison.Ordinal));

        string[] args = command == "sweep" ? ["soccer", "sweep", file, "--runs", "10"] : ["soccer", "run", file];
        var result = SoccerCli.Run(dir.Path, args);

        AssertRefused(result);
        Assert.StartsWith($"tempo: {file}", result.Error, StringComparison.Ordinal);
        Assert.Contains(reason, result.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("unknown.yaml", "        - pass: 2\n", "        - pass: 99\n")]
    [InlineData("offpitch.yaml", "      at: [72, 38]\n", "      at: [150, 38]\n")]
    [InlineData("syntax.yaml", "  ball: 2\n", "    ball: 2\n")]
    [InlineData("unclosed.yaml", "      at: [50, 10]\n", "      at: [50, 10\n")]
    public void A_broken_play_file_error_points_at_the_line(string file, string replace, string with)
    {
        using var dir = new TempDirectory();
        var book = SoccerCli.ReadBook().Replace("\r\n", "\n", StringComparison.Ordinal);
        var edited = book.Replace(replace, with, StringComparison.Ordinal);
        File.WriteAllText(Path.Combine(dir.Path, file), edited);
        var line = edited[..edited.IndexOf(with, StringComparison.Ordinal)].Count(c => c == '\n') + 1;

        var result = SoccerCli.Run(dir.Path, "soccer", "run", file);

        AssertRefused(result);
        Assert.StartsWith($"tempo: {file}:{line}: ", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_missing_play_file_is_refused_with_exit_2_naming_it()
    {
        using var dir = new TempDirectory();
        var result = SoccerCli.Run(dir.Path, "soccer", "run", "no-such-play.yaml");

        AssertRefused(result);
        Assert.StartsWith("tempo: ", result.Error, StringComparison.Ordinal);
        Assert.Contains("no-such-play.yaml", result.Error, StringComparison.Ordinal);
        Assert.Contains("no such play file", result.Error, StringComparison.Ordinal);

        var sweep = SoccerCli.Run(dir.Path, "soccer", "sweep", "no-such-play.yaml", "--runs", "10");
        AssertRefused(sweep);
        Assert.Contains("no-such-play.yaml", sweep.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--runs", "0", "sweep", "book", "--runs", "0")]
    [InlineData("--runs", "-5", "sweep", "book", "--runs", "-5")]
    [InlineData("--runs", "abc", "sweep", "book", "--runs", "abc")]
    [InlineData("--threads", "0", "sweep", "book", "--runs", "10", "--threads", "0")]
    [InlineData("--seed", "abc", "sweep", "book", "--runs", "10", "--seed", "abc")]
    [InlineData("--seed", "abc", "run", "book", "--seed", "abc")]
    [InlineData("--seed", "-1", "run", "book", "--seed", "-1")]
    public void An_absurd_option_is_refused_with_exit_2_naming_the_option_and_value(string option, string value, params string[] args)
    {
        using var dir = new TempDirectory();
        var result = SoccerCli.Run(dir.Path, ["soccer", .. args]);

        AssertRefused(result);
        Assert.StartsWith("tempo: ", result.Error, StringComparison.Ordinal);
        Assert.Contains(option, result.Error, StringComparison.Ordinal);
        Assert.Contains(value, result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("System.", result.Error, StringComparison.Ordinal);
    }

    private static void AssertRefused(TempoProcess.Result result)
    {
        Assert.True(result.ExitCode == 2, $"exit {result.ExitCode}\nstdout: {result.Output}\nstderr: {result.Error}");
        Assert.DoesNotContain("   at ", result.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled exception", result.Error, StringComparison.Ordinal);
        Assert.Equal("", result.Output);                      // no outcome line, no partial table
        Assert.True(result.Error.TrimEnd().Length > "tempo: ".Length, "an empty error");
    }
}
