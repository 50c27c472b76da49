using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>Every `$ tempo …` example in README.md runs and prints what the README shows, so the documentation cannot drift.</summary>
public sealed class ReadmeExamplesTests
{
    public static TheoryData<string> Examples()
    {
        var data = new TheoryData<string>();
        foreach (var example in ReadmeExample.ParseAll(File.ReadAllText(ReadmePath)))
        {
            data.Add(example.CommandLine);
        }
        return data;
    }

    private static string ReadmePath => Path.Combine(RepositoryRoot.Find(), "README.md");

    [Fact]
    public void Readme_HasExamplesForEveryCommandGroup()
    {
        var examples = ReadmeExample.ParseAll(File.ReadAllText(ReadmePath));
        foreach (var group in new[] { "chess perft", "chess diagram", "chess solve", "soccer run", "bench", "demo" })
        {
            Assert.Contains(examples, e => e.CommandLine.StartsWith("tempo " + group, StringComparison.Ordinal));
        }
    }

    [Theory]
    [MemberData(nameof(Examples))]
    public void ReadmeExample_RunsAsDocumented(string commandLine)
    {
        var example = ReadmeExample.ParseAll(File.ReadAllText(ReadmePath)).First(e => e.CommandLine == commandLine);
        using var dir = new TempDirectory();
        CopyDirectory(Path.Combine(RepositoryRoot.Find(), "plays"), Path.Combine(dir.Path, "plays"));

        var result = TempoProcess.Run(example.Arguments, dir.Path, TimeSpan.FromMinutes(3));

        Assert.True(example.ExpectedExitCode == result.ExitCode, $"{example}: exit code {result.ExitCode}, expected {example.ExpectedExitCode}\nstdout:\n{result.Output}\nstderr:\n{result.Error}");
        var actualLines = (result.Output + "\n" + result.Error).Split('\n').Select(l => l.TrimEnd('\r').TrimEnd()).ToArray();
        foreach (var expected in example.ExpectedLines)
        {
            var ellipsis = expected.IndexOf('…', StringComparison.Ordinal);
            var found = ellipsis >= 0
                ? actualLines.Any(l => l.Contains(expected[..ellipsis].Trim(), StringComparison.Ordinal))
                : actualLines.Contains(expected.TrimEnd());
            Assert.True(found, $"{example}: expected line not printed:\n  {expected}\nactual output:\n{result.Output}\n{result.Error}");
        }
    }

    private static void CopyDirectory(string from, string to)
    {
        if (!Directory.Exists(from))
        {
            return;
        }
        Directory.CreateDirectory(to);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
