using System.Diagnostics;

namespace Tempo.Cli.Tests.Support;

/// <summary>Runs the real `tempo` program as a child process, as a user would from a shell.</summary>
public static class TempoProcess
{
    public sealed record Result(int ExitCode, string Output, string Error);

    public static string TempoDll => Path.Combine(AppContext.BaseDirectory, "tempo.dll");

    public static Result Run(IReadOnlyList<string> args, string workingDirectory, TimeSpan? timeout = null, string? input = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardInput = input is not null,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(TempoDll);
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start) ?? throw new InvalidOperationException("could not start dotnet");
        if (input is not null)
        {
            process.StandardInput.Write(input);
            process.StandardInput.Close();
        }
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"tempo {string.Join(' ', args)} did not finish in time");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}
