using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

public sealed class CliBasicsTests
{
    [Fact]
    public void Help_ListsEveryCommandGroup()
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["--help"], dir.Path);
        Assert.Equal(0, result.ExitCode);
        foreach (var group in new[] { "chess", "soccer", "bench" })
        {
            Assert.Contains(group, result.Output);
        }
    }

    [Fact]
    public void UnknownOption_ExitsWithCodeTwoAndNoStackTrace()
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["chess", "--no-such-option"], dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("--no-such-option", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Theory]
    [InlineData("16")]
    [InlineData("x")]
    [InlineData("-1")]
    public void PerftDepth_OutOfRange_IsRefusedAtParseTimeInOneLine(string depth)
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["chess", "perft", "startpos", depth], dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal($"tempo: depth '{depth}' must be an integer from 1 to 15", result.Error.TrimEnd());
        Assert.Equal("", result.Output);
    }
}
