using System.Diagnostics;
using Tempo.Cli.Tests.Support;

namespace Tempo.Cli.Tests;

/// <summary>The README's "install as a dotnet tool" steps work: pack the built CLI, install it from that folder, run it.</summary>
public sealed class ToolInstallTests
{
    [Fact]
    [Trait("Category", "Slow")]
    public void PackAndInstall_AsDotnetTool_RunsTempo()
    {
        using var dir = new TempDirectory();
        var root = RepositoryRoot.Find();
        var packages = Path.Combine(dir.Path, "nupkg");
        var tools = Path.Combine(dir.Path, "tools");

        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}", StringComparison.Ordinal) ? "Release" : "Debug";
        Run(root, "pack", "src/Tempo.Cli", "-c", configuration, "--no-build", "-o", packages);
        Assert.Single(Directory.GetFiles(packages, "Tempo.Cli.*.nupkg"));
        Run(root, "tool", "install", "Tempo.Cli", "--tool-path", tools, "--add-source", packages);

        var start = new ProcessStartInfo(Path.Combine(tools, "tempo"), "--help") { RedirectStandardOutput = true, UseShellExecute = false };
        using var tempo = Process.Start(start)!;
        var output = tempo.StandardOutput.ReadToEnd();
        Assert.True(tempo.WaitForExit(60_000));
        Assert.Equal(0, tempo.ExitCode);
        Assert.Contains("chess", output);
        Assert.Contains("soccer", output);
    }

    private static void Run(string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // No MSBuild node or build server may outlive the command and keep its output pipes open (see the analyzer
        // packaging tests: with node reuse on, as on a fresh machine, reading the output to the end hung).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        Assert.True(process.WaitForExit(300_000), $"dotnet {string.Join(' ', args)} timed out");
        Assert.True(process.ExitCode == 0, $"dotnet {string.Join(' ', args)} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
    }
}
