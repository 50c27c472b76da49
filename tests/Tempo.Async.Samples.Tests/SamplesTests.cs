using System.Diagnostics;
using Tempo.Async.Samples;

namespace Tempo.Async.Samples.Tests;

/// <summary>
/// Each sample prints exactly what its SimPy original prints: samples/Tempo.Async.Samples/SimPy/&lt;concept&gt;.txt is
/// the output of &lt;concept&gt;.py under SimPy 3.0.11 (Debian's python3-simpy3).
/// </summary>
public sealed class SamplesTests
{
    public static TheoryData<string> Concepts => new(Samples.All.Select(s => s.Concept));

    [Theory]
    [MemberData(nameof(Concepts))]
    public void Sample_PrintsWhatItsSimPyOriginalPrints(string concept)
    {
        var output = new StringWriter { NewLine = "\n" };

        Samples.All.Single(s => s.Concept == concept).Run(output);

        Assert.Equal(SimPyOutput(concept), output.ToString());
    }

    [Fact]
    public void EveryPythonOriginal_HasASampleAndAnOutput()
    {
        var originals = Directory.GetFiles(SimPyFolder, "*.py").Select(Path.GetFileNameWithoutExtension).Order(StringComparer.Ordinal);
        Assert.Equal(originals, Samples.All.Select(s => s.Concept).Order(StringComparer.Ordinal));
        Assert.All(originals, c => Assert.True(File.Exists(Path.Combine(SimPyFolder, c + ".txt")), c));
    }

    [Fact]
    public void Program_RunsEverySample_AndRefusesAnUnknownConcept()
    {
        var all = RunProgram();
        Assert.Equal(0, all.ExitCode);
        foreach (var (concept, _) in Samples.All)
        {
            Assert.Contains($"== {concept} (SimPy/{concept}.py)\n{SimPyOutput(concept)}", all.Output);
        }

        var unknown = RunProgram("queue");
        Assert.Equal(2, unknown.ExitCode);
        Assert.StartsWith("tempo-samples: unknown concept 'queue': choose from environment, process,", unknown.Error);
    }

    private static string SimPyFolder => Path.Combine(AppContext.BaseDirectory, "SimPy");

    private static string SimPyOutput(string concept) => File.ReadAllText(Path.Combine(SimPyFolder, concept + ".txt")).ReplaceLineEndings("\n");

    private static (int ExitCode, string Output, string Error) RunProgram(params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "Tempo.Async.Samples.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(60_000), "the samples did not finish within a minute");
        return (process.ExitCode, output.Result.ReplaceLineEndings("\n"), error.Result);
    }
}
