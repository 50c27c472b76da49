using System.Diagnostics;

namespace Tempo.Cli.Tests;

/// <summary>Finds and runs the outside programs the UCI and PGN tests talk to (node with node-uci, pgn-extract).</summary>
internal static class UciToolRunner
{
    public sealed record Result(int ExitCode, string Output, string Error);

    /// <summary>The full path of <paramref name="program"/> on PATH (or in <paramref name="extraDirectories"/>); the test fails with <paramref name="installHint"/> when it is missing.</summary>
    public static string Require(string program, string installHint, params string[] extraDirectories)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        foreach (var dir in path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries).Concat(extraDirectories))
        {
            var candidate = Path.Combine(dir, program);
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        Assert.Fail($"{program} is not installed (looked on PATH and in {string.Join(", ", extraDirectories.DefaultIfEmpty("nowhere else"))}); install it with: {installHint}");
        throw new UnreachableException();
    }

    public static Result Run(string program, IEnumerable<string> args, string workingDirectory, TimeSpan timeout)
    {
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout))
        {
            process.Kill(entireProcessTree: true);
            Assert.Fail($"{program} {string.Join(' ', start.ArgumentList)} did not finish within {timeout.TotalSeconds} s");
        }
        process.WaitForExit();
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
