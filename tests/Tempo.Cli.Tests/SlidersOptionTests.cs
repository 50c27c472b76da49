using System.Text.Json;
using Tempo.Chess;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>`--sliders` chooses the sliding-attack lookup of a real `tempo` process; both lookups count the same tree.</summary>
public sealed class SlidersOptionTests
{
    [Theory]
    [InlineData("magic")]
    [InlineData("pext")]
    public void Perft_UsesTheLookupAskedFor_AndCountsTheSameNodes(string lookup)
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["chess", "perft", "startpos", "4", "--sliders", lookup, "--format", "json"], dir.Path);
        if (lookup == "pext" && !SliderLookups.PextSupported)
        {
            Assert.Equal(2, result.ExitCode);
            Assert.Contains("no BMI2", result.Error);
            return;
        }
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(lookup, json.RootElement.GetProperty("sliders").GetString());
        Assert.Equal(197_281, json.RootElement.GetProperty("nodes").GetInt64());
    }

    [Fact]
    public void Perft_WithoutTheOption_ReportsTheDefaultLookup()
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["chess", "perft", "startpos", "1", "--format", "json"], dir.Path);
        Assert.Equal(0, result.ExitCode);
        using var json = JsonDocument.Parse(result.Output);
        Assert.Equal(SliderLookups.PextSupported ? "pext" : "magic", json.RootElement.GetProperty("sliders").GetString());
    }

    [Fact]
    public void UnknownLookup_IsRefusedWithExitTwo()
    {
        using var dir = new TempDirectory();
        var result = TempoProcess.Run(["chess", "perft", "startpos", "1", "--sliders", "rotated"], dir.Path);
        Assert.Equal(2, result.ExitCode);
        Assert.Equal("tempo: --sliders rotated: not one of pext, magic", result.Error.TrimEnd());
    }
}
