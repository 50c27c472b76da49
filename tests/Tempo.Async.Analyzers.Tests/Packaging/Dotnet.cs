using System.Diagnostics;

namespace Tempo.Async.Analyzers.Tests.Packaging;

/// <summary>Runs the dotnet command in a folder and returns what it printed; fails the test if it fails.</summary>
internal static class Dotnet
{
    public static string Run(string workingDirectory, IReadOnlyDictionary<string, string> environment, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        start.Environment["DOTNET_NOLOGO"] = "1";
        // Not the test host's MSBuild settings: the child builds as a user's shell would.
        start.Environment.Remove("MSBuildExtensionsPath");
        start.Environment.Remove("MSBUILD_EXE_PATH");
        start.Environment.Remove("MSBuildSDKsPath");
        // No MSBuild node or build server may outlive the command: one that does keeps the output pipes open, and
        // reading them to the end would wait for it (an idle node stays ~15 minutes; on a machine where node reuse is
        // on by default, as on a fresh one, the test hung).
        start.Environment["MSBUILDDISABLENODEREUSE"] = "1";
        start.Environment["DOTNET_CLI_USE_MSBUILD_SERVER"] = "0";
        foreach (var (name, value) in environment)
        {
            start.Environment[name] = value;
        }
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        var command = $"dotnet {string.Join(' ', args)} (in {workingDirectory})";
        Assert.True(process.WaitForExit(600_000), command + " timed out");
        Assert.True(Task.WaitAll([output, error], 60_000), command + ": its output stayed open after it exited (a child process kept it)");
        Assert.True(process.ExitCode == 0, $"{command} failed ({process.ExitCode}):\n{output.Result}\n{error.Result}");
        return output.Result + error.Result;
    }
}
